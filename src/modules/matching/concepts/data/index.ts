import type { ConceptSheet } from '../concept.types';
import { AEROSPACE_OCEAN } from './aerospace-ocean';
import { AI_BIG_DATA } from './ai-big-data';
import { BIO_HEALTH } from './bio-health';
import { CLEAN_ENERGY } from './clean-energy';
import { CROSS_CUTTING } from './cross-cutting';
import { CYBERSECURITY_NETWORK } from './cybersecurity-network';
import { FUTURE_MOBILITY } from './future-mobility';
import { NEXT_GEN_NUCLEAR } from './next-gen-nuclear';
import { QUANTUM } from './quantum';
import { ROBOTICS } from './robotics';
import { SYSTEM_SEMICONDUCTOR } from './system-semiconductor';

/** Every sheet of the catalogue, one per field plus the cross-cutting business and regulatory terms. */
export const CONCEPT_SHEETS: readonly ConceptSheet[] = [
  SYSTEM_SEMICONDUCTOR,
  BIO_HEALTH,
  FUTURE_MOBILITY,
  CLEAN_ENERGY,
  ROBOTICS,
  AI_BIG_DATA,
  CYBERSECURITY_NETWORK,
  AEROSPACE_OCEAN,
  NEXT_GEN_NUCLEAR,
  QUANTUM,
  CROSS_CUTTING,
];
