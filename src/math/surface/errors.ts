/** Thrown for a request the surface cannot evaluate; the message is meant for the person using the app. */
export class SurfaceInputError extends Error {
  override name = 'SurfaceInputError';
}
