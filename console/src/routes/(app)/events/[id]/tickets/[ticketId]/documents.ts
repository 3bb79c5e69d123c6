// The ticket page's mutations (its actions are in +page.server.ts).
import { graphql } from '$lib/gql';

export const DeleteTicket = graphql(`
  mutation ConsoleDeleteTicket($id: ID!) {
    deleteTicket(id: $id)
  }
`);

export const CreateOption = graphql(`
  mutation ConsoleCreateOption($ticketId: ID!, $input: OptionInput!) {
    createOption(ticketId: $ticketId, input: $input) {
      id
    }
  }
`);

export const UpdateOption = graphql(`
  mutation ConsoleUpdateOption($id: ID!, $input: OptionInput!) {
    updateOption(id: $id, input: $input) {
      id
    }
  }
`);

export const DeleteOption = graphql(`
  mutation ConsoleDeleteOption($id: ID!) {
    deleteOption(id: $id)
  }
`);

export const CopyOption = graphql(`
  mutation ConsoleCopyOption($id: ID!) {
    copyOptionToAllTickets(id: $id) {
      id
    }
  }
`);

export const CreateOptionGroup = graphql(`
  mutation ConsoleCreateOptionGroup($ticketId: ID!, $input: OptionGroupInput!) {
    createOptionGroup(ticketId: $ticketId, input: $input) {
      id
    }
  }
`);

export const UpdateOptionGroup = graphql(`
  mutation ConsoleUpdateOptionGroup($id: ID!, $input: OptionGroupInput!) {
    updateOptionGroup(id: $id, input: $input) {
      id
    }
  }
`);

export const DeleteOptionGroup = graphql(`
  mutation ConsoleDeleteOptionGroup($id: ID!) {
    deleteOptionGroup(id: $id)
  }
`);

export const CopyOptionGroup = graphql(`
  mutation ConsoleCopyOptionGroup($id: ID!) {
    copyOptionGroupToAllTickets(id: $id) {
      id
    }
  }
`);

export const CreateExtraInfo = graphql(`
  mutation ConsoleCreateExtraInfo($ticketId: ID!, $input: CreateExtraInfoInput!) {
    createExtraInfo(ticketId: $ticketId, input: $input) {
      id
    }
  }
`);

export const UpdateExtraInfo = graphql(`
  mutation ConsoleUpdateExtraInfo($id: ID!, $input: UpdateExtraInfoInput!) {
    updateExtraInfo(id: $id, input: $input) {
      id
    }
  }
`);

export const DeleteExtraInfo = graphql(`
  mutation ConsoleDeleteExtraInfo($id: ID!) {
    deleteExtraInfo(id: $id)
  }
`);

export const CopyExtraInfo = graphql(`
  mutation ConsoleCopyExtraInfo($id: ID!) {
    copyExtraInfoToAllTickets(id: $id) {
      id
    }
  }
`);

/** TT1: what the template section explains (size, types, white zones, example). */
graphql(`
  fragment ConsoleTicketTemplateSpec on TicketTemplateSpec {
    width
    height
    mimeTypes
    maxBytes
    exampleUrl
    infoZone {
      left
      top
      width
      height
    }
    qrZone {
      left
      top
      width
      height
    }
  }
`);

export const SetTicketTemplate = graphql(`
  mutation ConsoleSetTicketTemplate($ticketId: ID!, $file: Upload!) {
    setTicketTemplate(ticketId: $ticketId, file: $file) {
      id
      templateUrl
    }
  }
`);

export const RemoveTicketTemplate = graphql(`
  mutation ConsoleRemoveTicketTemplate($ticketId: ID!) {
    removeTicketTemplate(ticketId: $ticketId) {
      id
      templateUrl
    }
  }
`);
