// Strings of the audit record's details where free text is kept only as a digest: en.
export const enDocs = {
  auditDigest: {
    note: 'reasonSha256 and itemsSha256 are the SHA-256 of free text (reasons, correction items …): the audit trail keeps no text and no personal data; the text stays with the filing, and the digest proves it unchanged.',
  },
};
