/** The ten strategic "super-gap" fields. Codes are the API values; names are shown to people. */
export const SECTORS = [
  { code: 'system-semiconductor', en: 'System semiconductors', ko: '시스템반도체' },
  { code: 'bio-health', en: 'Bio & health', ko: '바이오·헬스' },
  { code: 'future-mobility', en: 'Future mobility', ko: '미래 모빌리티' },
  { code: 'clean-energy', en: 'Clean energy', ko: '친환경·에너지' },
  { code: 'robotics', en: 'Robotics', ko: '로봇' },
  { code: 'ai-big-data', en: 'AI & big data', ko: '빅데이터·AI' },
  { code: 'cybersecurity-network', en: 'Cybersecurity & network', ko: '사이버보안·네트워크' },
  { code: 'aerospace-ocean', en: 'Aerospace & ocean', ko: '우주항공·해양' },
  { code: 'next-gen-nuclear', en: 'Next-generation nuclear', ko: '차세대 원전' },
  { code: 'quantum', en: 'Quantum technology', ko: '양자기술' },
] as const;

export type SectorCode = (typeof SECTORS)[number]['code'];
export const SECTOR_CODES: readonly SectorCode[] = SECTORS.map((s) => s.code);

export const STAGES = ['pre-seed', 'seed', 'series-a', 'series-b', 'series-c-plus'] as const;
export type Stage = (typeof STAGES)[number];

export const COLLABORATION_TYPES = ['poc', 'joint-development', 'investment', 'procurement'] as const;
export type CollaborationType = (typeof COLLABORATION_TYPES)[number];
