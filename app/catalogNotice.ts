/** What the page says when the catalog's chunk (the losses beyond the notes') cannot be fetched. */
export const CATALOG_FAILED =
  'The losses beyond the notes’ could not be loaded (their code did not arrive); the catalog shows the others. Reload the page to try again.';
