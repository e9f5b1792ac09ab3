/** Public API of the pure scoring model (no I/O): see match-model.ts for the model itself. */
export * from './scoring.types';
export { tokenize, termCounts, startupDocument, investorDocument, demandDocument, startupTerms, investorTerms, demandTerms } from './tokenizer';
export { TextIndex, cosine, type SparseVector } from './text-index';
export { buildTextIndex, vectorizeEvent, type EventParties, type EventVectors } from './event-corpus';
export { scorePair, scoreStartupInvestor, scoreStartupDemand, type PairContext, type PairVectors } from './pair-scorer';
export { EventScorer, scoreEvent, DEFAULT_TOP_K } from './event-scorer';
