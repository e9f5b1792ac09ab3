import type { SectorCode } from '../../../../common/domain/sectors';

/**
 * A hand-written relevance set for cross-language matching: five fields × three subfields, each subfield with
 * two Korean-only and two English-only startups and one Korean-only and one English-only investor. Within a
 * field every investor has the same sector, stage, ticket and geography, so only the text can tell which
 * startups belong to which investor. Texts are written as founders and VCs write them: Korean with the odd
 * English acronym, generic words (platform, AI, global) shared across subfields on purpose.
 */
export interface RelevanceParty {
  id: string;
  lang: 'ko' | 'en';
  sector: SectorCode;
  /** Parties of the same subfield are relevant to each other. */
  subfield: string;
  name: string;
  text: string;
  keywords?: string[];
}

export interface RelevanceSet {
  startups: RelevanceParty[];
  investors: RelevanceParty[];
}

type Row = [lang: 'ko' | 'en', name: string, text: string, keywords?: string[]];

const STARTUPS: Record<string, { sector: SectorCode; rows: Row[] }> = {
  'power-semis': {
    sector: 'system-semiconductor',
    rows: [
      ['ko', '한빛파워칩', '전기차 인버터와 충전기에 들어가는 SiC MOSFET과 전력 모듈을 설계하는 팹리스입니다. 탄화규소 소자의 스위칭 손실을 줄여 차량용 전력변환 효율을 높입니다.', ['전력반도체', '탄화규소']],
      ['ko', '갈륨웍스', '질화갈륨 기반 고효율 전력반도체로 데이터센터 전원장치와 고속 충전기를 소형화합니다. 자체 GaN 공정 파트너와 양산을 준비하고 있습니다.', ['질화갈륨', '전원장치']],
      ['en', 'Voltedge Semiconductor', 'We design silicon carbide power devices and modules for EV traction inverters and onboard chargers, cutting switching losses at 800V.', ['SiC', 'power module']],
      ['en', 'Nitra Power', 'Gallium nitride power ICs for compact fast chargers and server power supplies, with a fabless model and a foundry partner in Taiwan.', ['GaN', 'power IC']],
    ],
  },
  'ai-accelerators': {
    sector: 'system-semiconductor',
    rows: [
      ['ko', '딥코어랩스', '온디바이스 AI를 위한 초저전력 NPU를 개발합니다. 스마트폰과 CCTV 카메라에서 비전 모델 추론을 1와트 이하로 실행하는 엣지 AI 반도체입니다.', ['신경망처리장치', '엣지 AI']],
      ['ko', '뉴로실리콘', '뉴로모픽 칩과 인메모리 컴퓨팅 구조로 AI 추론 전력을 10분의 1로 줄이는 AI 반도체 스타트업입니다.', ['뉴로모픽', '추론 칩']],
      ['en', 'Tensorgrain', 'Low-power neural processing units for edge AI: running vision transformers on cameras and drones under one watt.', ['NPU', 'edge AI chip']],
      ['en', 'Synapse Logic', 'A neuromorphic processor and compute-in-memory architecture that cuts AI inference energy by an order of magnitude.', ['neuromorphic', 'inference accelerator']],
    ],
  },
  'packaging-memory': {
    sector: 'system-semiconductor',
    rows: [
      ['ko', '스택원', 'HBM 적층을 위한 하이브리드 본딩 장비와 공정을 개발합니다. 고대역폭 메모리의 수율을 높이는 후공정 솔루션입니다.', ['하이브리드 본딩', '고대역폭메모리']],
      ['ko', '글라스코어', '칩렛과 2.5D 패키징을 위한 유리기판과 인터포저를 만듭니다. AI 가속기용 첨단 패키징 시장을 겨냥합니다.', ['유리기판', '첨단 패키징']],
      ['en', 'BondStack', 'Hybrid bonding tools and process recipes for stacking high-bandwidth memory dies, raising HBM yield for memory makers.', ['HBM', 'hybrid bonding']],
      ['en', 'Interlayer Systems', 'Glass core substrates and silicon interposers for chiplet-based AI accelerators and advanced packaging lines.', ['chiplet', 'glass substrate']],
    ],
  },
  'solid-state-battery': {
    sector: 'future-mobility',
    rows: [
      ['ko', '솔리드셀', '전고체 배터리용 황화물계 고체전해질을 개발합니다. 이온전도도를 높이고 대기 안정성을 개선한 소재를 완성차와 셀 제조사에 공급하려 합니다.', ['고체전해질', '전고체']],
      ['ko', '하이니켈머티리얼즈', '전기차 이차전지 양극재를 만드는 소재 기업입니다. 하이니켈 양극재와 리튬메탈 음극의 계면 안정화 기술을 보유하고 있습니다.', ['양극재', '이차전지 소재']],
      ['en', 'Ionfront Materials', 'Sulfide solid electrolytes for all-solid-state batteries with high ionic conductivity, sampling to automotive cell makers.', ['solid electrolyte', 'solid-state battery']],
      ['en', 'Cathodix', 'High-nickel cathode materials and lithium metal anode coatings for next-generation EV battery cells.', ['cathode material', 'lithium-ion']],
    ],
  },
  'av-perception': {
    sector: 'future-mobility',
    rows: [
      ['ko', '라이트레인지', '자율주행 차량을 위한 FMCW 라이다 센서를 개발합니다. 장거리 인식과 속도 측정을 동시에 제공해 로보택시 인지 성능을 높입니다.', ['라이다', '자율주행']],
      ['ko', '웨이브센스', '4D 이미징 레이더와 카메라를 결합한 센서 퓨전 인지 소프트웨어로 악천후에서도 자율주행 안전성을 확보합니다.', ['레이더', '센서 퓨전']],
      ['en', 'ClearPath Photonics', 'Long-range FMCW lidar for autonomous vehicles, measuring distance and velocity per point for robotaxi perception.', ['lidar', 'autonomous driving']],
      ['en', 'Fuseon', 'Sensor fusion perception stack combining 4D imaging radar and cameras so self-driving cars see through rain and fog.', ['radar', 'sensor fusion']],
    ],
  },
  'ev-charging': {
    sector: 'future-mobility',
    rows: [
      ['ko', '차지포인트코리아', '아파트와 상업시설에 전기차 충전기를 설치하고 운영하는 충전 인프라 기업입니다. 충전 결제 앱과 로밍 서비스를 함께 제공합니다.', ['전기차 충전', '충전 인프라']],
      ['ko', '그리드플러그', '양방향 충전 기술로 전기차 배터리를 전력망에 연결하는 V2G 솔루션을 개발합니다. 급속충전 스테이션의 전력 피크를 줄입니다.', ['양방향 충전', '급속충전']],
      ['en', 'Plugwise Mobility', 'We deploy and operate EV charging stations for apartment complexes and retail sites, with a charging payment and roaming app.', ['EV charging', 'charging station']],
      ['en', 'Bidirex', 'Bidirectional vehicle-to-grid charging that turns parked electric vehicles into grid assets and shaves peak load at fast-charging hubs.', ['V2G', 'fast charging']],
    ],
  },
  'adc-oncology': {
    sector: 'bio-health',
    rows: [
      ['ko', '컨쥬게이트바이오', '차세대 항체-약물 접합체 플랫폼을 개발합니다. 새로운 링커와 페이로드로 고형암 치료의 안전성을 개선하며 임상 1상을 준비 중입니다.', ['항체약물접합체', '항암']],
      ['ko', '이뮨타겟', '이중항체 기반 면역항암제를 개발하는 바이오텍입니다. 종양미세환경을 표적해 면역관문억제제에 반응하지 않는 환자를 치료합니다.', ['이중항체', '면역항암제']],
      ['en', 'Payloadx Therapeutics', 'A next-generation antibody-drug conjugate platform with novel linkers and payloads for solid tumors, heading into phase 1.', ['ADC', 'oncology']],
      ['en', 'Bispecta Bio', 'Bispecific antibodies for cancer immunotherapy, targeting patients who do not respond to checkpoint inhibitors.', ['bispecific antibody', 'immuno-oncology']],
    ],
  },
  'digital-therapeutics': {
    sector: 'bio-health',
    rows: [
      ['ko', '마음온', '불면증과 우울증을 위한 디지털 치료제를 개발합니다. 인지행동치료를 앱으로 제공하며 식약처 확증 임상을 진행하고 있습니다.', ['디지털치료제', '정신건강']],
      ['ko', '케어루틴', '당뇨병과 고혈압 환자의 만성질환 관리를 돕는 디지털 헬스케어 앱입니다. 연속혈당측정기 데이터로 생활습관을 코칭합니다.', ['만성질환 관리', '연속혈당측정']],
      ['en', 'Restwell Digital', 'Prescription digital therapeutics for insomnia and depression, delivering cognitive behavioral therapy through a smartphone app.', ['DTx', 'mental health']],
      ['en', 'Glucoach', 'Chronic disease management for diabetes and hypertension, coaching patients with continuous glucose monitor data.', ['CGM', 'chronic care']],
    ],
  },
  'liquid-biopsy': {
    sector: 'bio-health',
    rows: [
      ['ko', '진스크린', '혈액 속 순환종양DNA를 분석하는 액체생검으로 여러 암을 조기진단합니다. 차세대 염기서열 분석과 AI 알고리즘을 결합했습니다.', ['액체생검', '암 조기진단']],
      ['ko', '패스비전', 'AI 병리 진단 솔루션입니다. 디지털 병리 슬라이드 이미지를 분석해 암 조직을 판독하고 병리과 의사의 업무를 줄입니다.', ['디지털 병리', 'AI 판독']],
      ['en', 'Cellfree Dx', 'Multi-cancer early detection from a blood draw: liquid biopsy reading circulating tumor DNA with next-generation sequencing.', ['liquid biopsy', 'ctDNA']],
      ['en', 'Slidewise AI', 'AI pathology that reads whole slide images to flag cancer tissue and speed up pathologists.', ['digital pathology', 'AI diagnosis']],
    ],
  },
  'superconducting-qc': {
    sector: 'quantum',
    rows: [
      ['ko', '큐비트웍스', '초전도 큐비트 기반 양자컴퓨터를 개발합니다. 트랜스몬 큐비트의 결맞음 시간을 늘리는 칩 설계와 희석냉동기 통합 기술을 갖고 있습니다.', ['초전도 큐비트', '양자컴퓨터']],
      ['ko', '크라이오닉스', '양자컴퓨터용 극저온 제어 전자장치와 극저온 증폭기를 만듭니다. 큐비트 제어 신호를 냉동기 안에서 처리합니다.', ['극저온', '큐비트 제어']],
      ['en', 'Transmonic', 'Superconducting qubit processors: transmon chip design with longer coherence times, integrated with dilution refrigerators.', ['superconducting qubit', 'quantum computer']],
      ['en', 'ColdLogic Quantum', 'Cryogenic control electronics and quantum-limited amplifiers that drive and read out qubits inside the fridge.', ['cryo-CMOS', 'qubit control']],
    ],
  },
  'quantum-security': {
    sector: 'quantum',
    rows: [
      ['ko', '퀀텀키', '양자키분배 장비로 금융권과 통신사의 양자암호통신망을 구축합니다. 양자난수생성기 칩도 함께 공급합니다.', ['양자키분배', '양자암호통신']],
      ['ko', '래티스시큐', '양자내성암호 라이브러리와 하드웨어 모듈로 기존 공개키 암호를 양자 공격에 대비하도록 전환해 줍니다.', ['양자내성암호', '암호 전환']],
      ['en', 'Entangle Networks', 'Quantum key distribution systems for banks and telecom operators, plus a quantum random number generator chip.', ['QKD', 'QRNG']],
      ['en', 'Latticeguard', 'Post-quantum cryptography libraries and hardware modules that migrate public-key infrastructure before quantum attacks arrive.', ['PQC', 'crypto agility']],
    ],
  },
  'quantum-sensing': {
    sector: 'quantum',
    rows: [
      ['ko', '다이아센스', '다이아몬드 NV 센터를 이용한 양자센서로 반도체 칩의 미세 전류와 자기장을 비파괴로 측정합니다.', ['양자센서', '자기장 측정']],
      ['ko', '아톰내비', '원자 간섭계 기반 양자 관성항법 장치로 GPS 없이도 정밀하게 위치를 추정합니다. 국방과 해양 분야를 겨냥합니다.', ['양자 항법', '원자 간섭계']],
      ['en', 'NV Metrics', 'Quantum sensors built on diamond nitrogen-vacancy centers that image currents and magnetic fields in chips without contact.', ['quantum sensing', 'NV center']],
      ['en', 'Inertia Quantum', 'Atom interferometer inertial navigation for GPS-denied environments, for defense and maritime platforms.', ['quantum navigation', 'atom interferometry']],
    ],
  },
  'green-hydrogen': {
    sector: 'clean-energy',
    rows: [
      ['ko', '하이드로젠웍스', '음이온교환막 수전해 스택을 개발해 그린수소 생산 단가를 낮춥니다. 비백금 촉매로 귀금속 사용을 줄였습니다.', ['수전해', '그린수소']],
      ['ko', '암모니아랩', '암모니아 분해 촉매와 반응기로 수입 암모니아에서 청정수소를 추출합니다. 수소충전소와 발전소에 공급합니다.', ['암모니아 크래킹', '청정수소']],
      ['en', 'Electrolyte Energy', 'Anion exchange membrane electrolyzer stacks that lower the cost of green hydrogen with PGM-free catalysts.', ['electrolyzer', 'green hydrogen']],
      ['en', 'Crackwell', 'Ammonia cracking catalysts and reactors that release clean hydrogen from imported ammonia for refueling stations and power plants.', ['ammonia cracking', 'clean hydrogen']],
    ],
  },
  'ccus': {
    sector: 'clean-energy',
    rows: [
      ['ko', '카본캡처', '제철소와 시멘트 공장 배가스에서 이산화탄소를 포집하는 고효율 흡착제를 개발합니다. 포집 에너지를 30% 줄였습니다.', ['탄소포집', '흡착제']],
      ['ko', '씨오투밸류', '포집한 이산화탄소를 전기화학적으로 전환해 화학 원료를 만드는 탄소 활용 기술 기업입니다.', ['이산화탄소 전환', 'CCU']],
      ['en', 'Sorbix', 'High-capacity sorbents that capture carbon dioxide from steel mill and cement flue gas with 30% less regeneration energy.', ['carbon capture', 'sorbent']],
      ['en', 'Loop Carbon', 'Electrochemical CO2 conversion that turns captured carbon into chemical feedstocks.', ['CO2 conversion', 'carbon utilization']],
    ],
  },
  'solar-pv': {
    sector: 'clean-energy',
    rows: [
      ['ko', '페로솔라', '페로브스카이트-실리콘 탠덤 태양전지로 모듈 효율 30%를 목표로 합니다. 대면적 코팅 공정과 내구성 봉지 기술을 개발했습니다.', ['페로브스카이트', '탠덤 태양전지']],
      ['ko', '솔라옵스', '태양광 발전소의 발전량을 AI로 예측하고 고장을 진단하는 운영관리 플랫폼입니다. 드론 열화상 점검을 결합했습니다.', ['태양광 운영관리', '발전량 예측']],
      ['en', 'Tandemlight', 'Perovskite-silicon tandem solar cells targeting 30% module efficiency with scalable coating and encapsulation.', ['perovskite', 'tandem solar']],
      ['en', 'Sunsight Analytics', 'AI forecasting and fault diagnosis for solar plants, combining PV monitoring with drone thermal inspection.', ['solar O&M', 'PV monitoring']],
    ],
  },
};

type InvestorRow = [lang: 'ko' | 'en', firm: string, thesis: string];

const INVESTORS: Record<string, InvestorRow[]> = {
  'power-semis': [
    ['ko', '파워반도체 투자조합', '전기차와 데이터센터 전원의 효율을 높이는 SiC·GaN 전력반도체와 전력 모듈 기업에 투자합니다.'],
    ['en', 'Wideband Ventures', 'We back wide-bandgap power semiconductor startups: SiC and GaN devices for EV inverters and server power.'],
  ],
  'ai-accelerators': [
    ['ko', '온디바이스 AI 펀드', '엣지 디바이스용 저전력 NPU, 뉴로모픽 칩 등 AI 추론 반도체 팹리스에 투자합니다.'],
    ['en', 'Inference Capital', 'Investing in AI accelerator chips for edge inference: low-power NPUs, neuromorphic and in-memory computing.'],
  ],
  'packaging-memory': [
    ['ko', '후공정 혁신 투자', 'HBM 적층, 하이브리드 본딩, 칩렛, 유리기판 등 첨단 패키징 기술 기업을 찾습니다.'],
    ['en', 'Backend Partners', 'Advanced packaging thesis: HBM stacking, hybrid bonding, chiplets and glass substrates for AI hardware.'],
  ],
  'solid-state-battery': [
    ['ko', '배터리소재 전문 VC', '전고체 배터리와 고체전해질, 하이니켈 양극재 등 차세대 이차전지 소재에 투자합니다.'],
    ['en', 'Cellforward Capital', 'We invest in next-generation battery materials: solid-state battery electrolytes, cathodes and anodes.'],
  ],
  'av-perception': [
    ['ko', '자율주행 센서 투자파트너스', '라이다, 레이더, 센서 퓨전 등 자율주행 인지 기술에 집중 투자합니다.'],
    ['en', 'Perception Fund', 'Autonomous driving perception: lidar, imaging radar and sensor fusion for robotaxis and ADAS.'],
  ],
  'ev-charging': [
    ['ko', '충전인프라 그로스펀드', '전기차 충전소 운영, 급속충전, 양방향 충전과 V2G 등 충전 인프라 기업에 투자합니다.'],
    ['en', 'Chargeline Ventures', 'EV charging infrastructure: charge point operators, fast charging hubs, bidirectional and vehicle-to-grid charging.'],
  ],
  'adc-oncology': [
    ['ko', '항암 신약 투자조합', '항체-약물 접합체와 이중항체, 면역항암제 등 차세대 항암 모달리티에 투자합니다.'],
    ['en', 'Oncology Modalities Fund', 'Oncology therapeutics: antibody-drug conjugates, bispecifics and immuno-oncology.'],
  ],
  'digital-therapeutics': [
    ['ko', '디지털헬스 펀드', '디지털 치료제와 만성질환 관리, 정신건강 앱 등 디지털 헬스케어에 투자합니다.'],
    ['en', 'Digital Care Partners', 'Digital health: prescription digital therapeutics, mental health and chronic disease management apps.'],
  ],
  'liquid-biopsy': [
    ['ko', '정밀진단 투자', '액체생검, 암 조기진단, 디지털 병리 등 AI 기반 암 진단 기업을 찾습니다.'],
    ['en', 'Precision Dx Capital', 'Cancer diagnostics: liquid biopsy, early cancer detection and AI-powered digital pathology.'],
  ],
  'superconducting-qc': [
    ['ko', '양자컴퓨팅 하드웨어 펀드', '초전도 큐비트 프로세서와 극저온 제어 장치 등 양자컴퓨터 하드웨어에 투자합니다.'],
    ['en', 'Qubit Hardware Ventures', 'Quantum computing hardware: superconducting qubits, cryogenic electronics and control systems.'],
  ],
  'quantum-security': [
    ['ko', '양자보안 투자조합', '양자키분배, 양자난수, 양자내성암호 등 양자 시대의 보안 기술에 투자합니다.'],
    ['en', 'Quantum Safe Fund', 'Quantum-safe security: QKD networks, quantum random number generators and post-quantum cryptography.'],
  ],
  'quantum-sensing': [
    ['ko', '양자센싱 전문 투자', '다이아몬드 NV 센서, 원자시계, 양자 관성항법 등 양자센서 기업에 투자합니다.'],
    ['en', 'Sensing Frontier', 'Quantum sensing: NV-diamond magnetometry, atomic clocks and atom-interferometer navigation.'],
  ],
  'green-hydrogen': [
    ['ko', '수소경제 펀드', '수전해 스택, 촉매, 암모니아 분해 등 그린수소와 청정수소 생산 기술에 투자합니다.'],
    ['en', 'Hydrogen Transition Partners', 'Clean hydrogen production: electrolyzers, catalysts and ammonia cracking.'],
  ],
  'ccus': [
    ['ko', '탄소중립 기술투자', '탄소포집 흡착제와 이산화탄소 전환, 탄소 활용 등 CCUS 기술 기업을 찾습니다.'],
    ['en', 'Carbon Removal Ventures', 'Carbon capture, utilization and storage: sorbents, capture systems and CO2 conversion.'],
  ],
  'solar-pv': [
    ['ko', '태양광 혁신 펀드', '페로브스카이트와 탠덤 태양전지, 태양광 발전소 운영관리 소프트웨어에 투자합니다.'],
    ['en', 'Photon Capital', 'Solar innovation: perovskite and tandem cells, and software for solar plant monitoring and O&M.'],
  ],
};

/** The relevance set, built from the tables above (ids: subfield-lang-n, investors subfield-lang-inv). */
export function relevanceSet(): RelevanceSet {
  const startups: RelevanceParty[] = [];
  const investors: RelevanceParty[] = [];
  for (const [subfield, { sector, rows }] of Object.entries(STARTUPS)) {
    const n = { ko: 0, en: 0 };
    for (const [lang, name, text, keywords] of rows) {
      startups.push({ id: `${subfield}-${lang}-${++n[lang]}`, lang, sector, subfield, name, text, keywords });
    }
    for (const [lang, name, text] of INVESTORS[subfield]) investors.push({ id: `${subfield}-${lang}-inv`, lang, sector, subfield, name, text });
  }
  return { startups, investors };
}
