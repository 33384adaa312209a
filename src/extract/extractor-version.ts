// The version of what extract/ produces, recorded on every Article it wrote, so `diplograph reextract --outdated`
// finds the articles an older extractor derived and re-derives them from their stored text.
//
// The rule: bump EXTRACTOR_VERSION (by one) in the same commit as any change that alters the ExtractionResult of
// some article: a rule, a stage, a lexicon or gazetteer entry, an id scheme. Refactors that leave every result
// identical (the eval and fixture tests unchanged) keep it. When in doubt, bump: a re-extraction costs time, a
// missed bump leaves graphs stale.

export const EXTRACTOR_VERSION = 216;
