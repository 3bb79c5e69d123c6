export { localStorage, type Storage } from './storage';
export { IMAGE_TYPES, readUpload, replaceImage, sniffType } from './uploads';
