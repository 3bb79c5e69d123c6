/** The largest file a request may carry; each upload is then held to its own, smaller limit (cover, answer). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
