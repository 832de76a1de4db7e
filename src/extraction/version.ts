/**
 * Stored on every article so re-extraction can find rows made by an older
 * extractor. Bump it whenever output for the same text can change.
 */
export const EXTRACTOR_VERSION = "ledger-extract/0.4.0";
