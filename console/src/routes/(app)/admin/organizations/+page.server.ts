import { failWith, queryOrError, textField, uploadGraphQL } from '@billetterie/ui';
import { print } from 'graphql';
import { graphql } from '$lib/gql';
import { idAction, runMutation, type FormResult } from '$lib/server/run-action';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const OrganizationsQuery = graphql(`
  query ConsoleOrganizations {
    schools {
      id
      slug
      name
      archivedAt
    }
    associations {
      id
      slug
      name
      archivedAt
      school {
        id
        name
      }
    }
    clubs {
      id
      slug
      name
      archivedAt
      logoUrl
      association {
        id
        name
      }
    }
  }
`);

const CreateSchool = graphql(`
  mutation ConsoleCreateSchool($input: CreateSchoolInput!) {
    createSchool(input: $input) {
      id
    }
  }
`);
const CreateAssociation = graphql(`
  mutation ConsoleCreateAssociation($input: CreateAssociationInput!) {
    createAssociation(input: $input) {
      id
    }
  }
`);
const CreateClub = graphql(`
  mutation ConsoleCreateClub($input: CreateClubInput!) {
    createClub(input: $input) {
      id
    }
  }
`);
const RenameSchool = graphql(`
  mutation ConsoleRenameSchool($id: ID!, $name: String!) {
    renameSchool(id: $id, name: $name) {
      id
      name
    }
  }
`);
const RenameAssociation = graphql(`
  mutation ConsoleRenameAssociation($id: ID!, $name: String!) {
    renameAssociation(id: $id, name: $name) {
      id
      name
    }
  }
`);
const UpdateClub = graphql(`
  mutation ConsoleUpdateClub($id: ID!, $input: UpdateClubInput!) {
    updateClub(id: $id, input: $input) {
      id
      name
    }
  }
`);
const ArchiveSchool = graphql(`
  mutation ConsoleArchiveSchool($id: ID!) {
    archiveSchool(id: $id) {
      id
      archivedAt
    }
  }
`);
const ArchiveAssociation = graphql(`
  mutation ConsoleArchiveAssociation($id: ID!) {
    archiveAssociation(id: $id) {
      id
      archivedAt
    }
  }
`);
const ArchiveClub = graphql(`
  mutation ConsoleArchiveClub($id: ID!) {
    archiveClub(id: $id) {
      id
      archivedAt
    }
  }
`);

const UnarchiveSchool = graphql(`
  mutation ConsoleUnarchiveSchool($id: ID!) {
    unarchiveSchool(id: $id) {
      id
      archivedAt
    }
  }
`);
const UnarchiveAssociation = graphql(`
  mutation ConsoleUnarchiveAssociation($id: ID!) {
    unarchiveAssociation(id: $id) {
      id
      archivedAt
    }
  }
`);
const UnarchiveClub = graphql(`
  mutation ConsoleUnarchiveClub($id: ID!) {
    unarchiveClub(id: $id) {
      id
      archivedAt
    }
  }
`);

const SetClubLogo = graphql(`
  mutation ConsoleSetClubLogo($id: ID!, $file: Upload!) {
    setClubLogo(id: $id, file: $file) {
      id
      logoUrl
    }
  }
`);

/** Issue 13: schools, associations and clubs for platform admins: create, rename, archive, restore. */
export const load: PageServerLoad = async (event) => queryOrError(event, OrganizationsQuery, {});

const fields = async (event: RequestEvent) => {
  const data = await event.request.formData();
  return {
    id: textField(data, 'id'),
    slug: textField(data, 'slug').toLowerCase(),
    name: textField(data, 'name'),
    parentId: textField(data, 'parentId') || null,
  };
};

export const actions = {
  createSchool: async (event) => {
    const f = await fields(event);
    return runMutation(event, CreateSchool, { input: { slug: f.slug, name: f.name } }, { form: 'createSchool' });
  },
  createAssociation: async (event) => {
    const f = await fields(event);
    const input = { slug: f.slug, name: f.name, schoolId: f.parentId };
    return runMutation(event, CreateAssociation, { input }, { form: 'createAssociation' });
  },
  createClub: async (event) => {
    const f = await fields(event);
    const input = { slug: f.slug, name: f.name, associationId: f.parentId };
    return runMutation(event, CreateClub, { input }, { form: 'createClub' });
  },
  renameSchool: async (event) => {
    const f = await fields(event);
    return runMutation(event, RenameSchool, { id: f.id, name: f.name }, { form: 'rename', id: f.id });
  },
  renameAssociation: async (event) => {
    const f = await fields(event);
    return runMutation(event, RenameAssociation, { id: f.id, name: f.name }, { form: 'rename', id: f.id });
  },
  updateClub: async (event) => {
    const f = await fields(event);
    const meta: FormResult = { form: 'rename', id: f.id };
    return runMutation(event, UpdateClub, { id: f.id, input: { name: f.name, associationId: f.parentId } }, meta);
  },
  setClubLogo: async (event) => {
    const data = await event.request.formData();
    const id = textField(data, 'id');
    const file = data.get('file');
    const meta: FormResult = { form: 'logo', id };
    if (!(file instanceof File) || file.size === 0) {
      return failWith({ code: 'BAD_USER_INPUT', fields: { file: 'REQUIRED' } }, meta);
    }
    const outcome = await uploadGraphQL({ event, query: print(SetClubLogo), variables: { id }, files: { file } });
    if (outcome.error) return failWith(outcome.error, meta);
    return meta;
  },
  archiveSchool: idAction('archive', ArchiveSchool),
  archiveAssociation: idAction('archive', ArchiveAssociation),
  archiveClub: idAction('archive', ArchiveClub),
  unarchiveSchool: idAction('unarchive', UnarchiveSchool),
  unarchiveAssociation: idAction('unarchive', UnarchiveAssociation),
  unarchiveClub: idAction('unarchive', UnarchiveClub),
} satisfies Actions;
