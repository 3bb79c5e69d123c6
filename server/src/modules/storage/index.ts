export { localStorage, type Storage } from './storage';
export { readUpload, sniffType } from './uploads';
