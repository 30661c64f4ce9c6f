/** The name of the built index.html's `<meta>` that carries the build id. */
export const BUILD_META = 'loss-atlas-build';
