/** Valid request bodies; a test overrides only what it is about. */
export const startupProfile = (over: Record<string, unknown> = {}) => ({
  name: '큐비트랩 QubitLab',
  country: 'KR',
  sector: 'quantum',
  stage: 'seed',
  trl: 5,
  fundingAsk: { amount: 2_000_000_000, currency: 'KRW' },
  foundedYear: 2021,
  employees: 12,
  keywords: ['양자컴퓨팅', 'error correction'],
  description: '초전도 큐비트 기반 양자컴퓨팅 오류정정 칩을 개발합니다. Superconducting qubit chips with error correction.',
  deckUrl: 'https://qubitlab.example/deck.pdf',
  ...over,
});

export const investorProfile = (over: Record<string, unknown> = {}) => ({
  firm: 'Han River Deep Tech Partners',
  sectors: ['quantum', 'system-semiconductor'],
  stages: ['seed', 'series-a'],
  ticketMin: { amount: 50_000_000, currency: 'USD' },
  ticketMax: { amount: 300_000_000, currency: 'USD' },
  countries: [],
  thesis: '양자컴퓨팅과 반도체 분야의 시드~시리즈A 딥테크 스타트업에 투자합니다. Quantum computing and chips.',
  maxMeetingsPerDay: 10,
  ...over,
});

export const corporateProfile = (over: Record<string, unknown> = {}) => ({
  company: 'Hanbit Electronics',
  country: 'KR',
  description: '오픈이노베이션 프로그램',
  ...over,
});

export const demand = (over: Record<string, unknown> = {}) => ({
  title: '차량용 SiC 전력반도체 모듈 공동개발',
  description: 'SiC power modules for 800V EV inverters; PoC with our mobility division.',
  sectors: ['system-semiconductor', 'future-mobility'],
  keywords: ['SiC', '전력반도체'],
  minTrl: 5,
  collaboration: ['poc', 'joint-development'],
  ...over,
});

export const event = (over: Record<string, unknown> = {}) => ({
  name: 'Global Super-Gap Tech Conference 2026',
  venue: 'COEX, Seoul',
  timezone: 'Asia/Seoul',
  startDate: '2026-10-28',
  endDate: '2026-10-29',
  meetingGrid: { dayStart: '09:00', dayEnd: '18:00', slotMinutes: 30, tables: 10 },
  ...over,
});
