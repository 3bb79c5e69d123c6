export { WaitingListResolver, EventWaitingListResolver } from './waiting-list.resolver';
export { startWaitingList, sweepWaitingList, type WaitingListWorker, WAITING_LIST_CHANNEL } from './sweep';
export { offerFreePlaces } from './waiting-list.service';
