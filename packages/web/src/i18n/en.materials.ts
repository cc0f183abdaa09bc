// Strings of the materials views (download links, previews): English.
export const enMaterials = {
  materialLinks: {
    failed: 'The file link could not be fetched; reload the page and try again.',
  },
};
