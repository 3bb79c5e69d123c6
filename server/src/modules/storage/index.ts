export { localStorage, type Storage, type StorageWriter } from './storage';
export {
  storageFor,
  storageSettingsForThread,
  storageSettingsFromThread,
  type OpenStorage,
  type StorageSettings,
  type StorageSettingsForThread,
} from './open';
export { s3Storage, S3_PART_BYTES, type S3Storage } from './s3';
export { IMAGE_TYPES, readUpload, replaceImage, sniffType } from './uploads';
