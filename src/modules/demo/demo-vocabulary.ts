import type { SectorCode } from '../../common/domain/sectors';

/** Words the demo generator builds profiles from, per sector, in Korean and English. All names are fictional. */
export interface SectorVocabulary {
  ko: { tech: string[]; product: string[]; application: string[] };
  en: { tech: string[]; product: string[]; application: string[] };
  /** Profile keywords: mostly English terms of art, as Korean founders write them too. */
  keywords: string[];
  nameSuffix: { ko: string[]; en: string[] };
}

export const SECTOR_VOCABULARY: Record<SectorCode, SectorVocabulary> = {
  'system-semiconductor': {
    ko: {
      tech: ['저전력 NPU 설계', '전력반도체(SiC·GaN)', '칩렛 패키징', 'RISC-V 코어', 'PIM(Processing-in-Memory)', 'HBM 인터페이스 IP', '차량용 MCU 설계', '이미지센서 ISP'],
      product: ['온디바이스 AI 가속기', '고효율 전력 모듈', '엣지 AI SoC', '반도체 설계자산(IP)', 'AI 추론 칩', '차량용 전력반도체'],
      application: ['데이터센터', '전기차 인버터', '스마트폰', '자율주행 차량', '산업용 IoT', '엣지 디바이스'],
    },
    en: {
      tech: ['low-power NPU design', 'SiC and GaN power devices', 'chiplet packaging', 'RISC-V cores', 'processing-in-memory', 'HBM interface IP', 'automotive MCU design'],
      product: ['on-device AI accelerators', 'high-efficiency power modules', 'edge AI SoCs', 'semiconductor IP blocks', 'inference chips'],
      application: ['data centers', 'EV inverters', 'smartphones', 'autonomous vehicles', 'industrial IoT', 'edge devices'],
    },
    keywords: ['NPU', 'SiC', 'GaN', 'RISC-V', 'chiplet', 'PIM', 'fabless', 'AI accelerator', 'power semiconductor', 'HBM', '전력반도체', '팹리스'],
    nameSuffix: { ko: ['칩스', '세미콘', '실리콘', '반도체'], en: ['Silicon', 'Semi', 'Chips', 'Microsystems'] },
  },
  'bio-health': {
    ko: {
      tech: ['AI 신약 개발', '항체-약물 접합체(ADC)', 'mRNA 플랫폼', '유전자 편집', '액체생검', '오가노이드 배양', '마이크로바이옴 분석', '디지털 바이오마커'],
      product: ['항암 신약 후보물질', '디지털 치료제', '암 조기진단 키트', '웨어러블 생체신호 모니터', '차세대 백신', 'AI 병리 진단 솔루션'],
      application: ['종양학', '희귀질환', '만성질환 관리', '정밀의료', '감염병 대응', '병원 진단검사'],
    },
    en: {
      tech: ['AI-driven drug discovery', 'antibody-drug conjugates', 'mRNA platforms', 'gene editing', 'liquid biopsy', 'organoid models', 'microbiome analytics'],
      product: ['oncology drug candidates', 'digital therapeutics', 'early cancer detection assays', 'wearable vital-sign monitors', 'next-generation vaccines'],
      application: ['oncology', 'rare diseases', 'chronic disease management', 'precision medicine', 'infectious disease', 'clinical diagnostics'],
    },
    keywords: ['drug discovery', 'ADC', 'mRNA', 'CRISPR', 'liquid biopsy', 'digital therapeutics', 'organoid', 'microbiome', 'diagnostics', '신약', '바이오마커'],
    nameSuffix: { ko: ['바이오', '테라퓨틱스', '진', '메디', '헬스케어'], en: ['Bio', 'Therapeutics', 'Genomics', 'Health', 'Diagnostics'] },
  },
  'future-mobility': {
    ko: {
      tech: ['자율주행 라이다', '4D 이미징 레이더', 'UAM 비행제어', '전고체 배터리', 'V2X 통신', 'SDV 소프트웨어 플랫폼', '배터리 관리 시스템(BMS)', '센서 퓨전'],
      product: ['자율주행 인지 모듈', '도심항공교통(UAM) 기체', '차세대 배터리 셀', '차량용 OTA 플랫폼', '자율주행 셔틀', '전기차 충전 인프라'],
      application: ['로보택시', '물류 배송', '대중교통', '완성차 OEM', '항만 물류', '스마트시티'],
    },
    en: {
      tech: ['automotive lidar', '4D imaging radar', 'UAM flight control', 'solid-state batteries', 'V2X communication', 'software-defined vehicle platforms', 'sensor fusion'],
      product: ['autonomous driving perception stacks', 'eVTOL aircraft', 'next-generation battery cells', 'vehicle OTA platforms', 'EV charging networks'],
      application: ['robotaxis', 'last-mile delivery', 'public transit', 'automotive OEMs', 'port logistics', 'smart cities'],
    },
    keywords: ['lidar', 'radar', 'UAM', 'eVTOL', 'solid-state battery', 'V2X', 'SDV', 'BMS', 'autonomous driving', '자율주행', '전기차'],
    nameSuffix: { ko: ['모빌리티', '오토', '드라이브', '모터스'], en: ['Mobility', 'Motion', 'Drive', 'Autonomy'] },
  },
  'clean-energy': {
    ko: {
      tech: ['수소 연료전지', '수전해 스택', '페로브스카이트 태양전지', '탄소포집(CCUS)', '해상풍력 하부구조', '폐배터리 재활용', '에너지저장장치(ESS) 제어', '암모니아 크래킹'],
      product: ['PEM 연료전지 모듈', '그린수소 생산 설비', '고효율 태양광 모듈', '탄소포집 흡착제', '배터리 재제조 공정', '가상발전소(VPP) 플랫폼'],
      application: ['발전사', '제철·석유화학 공정', '수소충전소', '산업단지', '재생에너지 계통 연계', '건물 에너지 관리'],
    },
    en: {
      tech: ['hydrogen fuel cells', 'electrolyzer stacks', 'perovskite solar cells', 'carbon capture (CCUS)', 'offshore wind foundations', 'battery recycling', 'grid-scale storage control'],
      product: ['PEM fuel cell modules', 'green hydrogen plants', 'high-efficiency PV modules', 'carbon capture sorbents', 'virtual power plant software'],
      application: ['utilities', 'steel and petrochemical plants', 'hydrogen refuelling stations', 'industrial parks', 'grid integration of renewables'],
    },
    keywords: ['hydrogen', 'fuel cell', 'electrolyzer', 'perovskite', 'CCUS', 'ESS', 'battery recycling', 'VPP', 'offshore wind', '수소', '탄소중립'],
    nameSuffix: { ko: ['에너지', '파워', '수소', '그리드', '솔라'], en: ['Energy', 'Hydrogen', 'Grid', 'Power', 'Solar'] },
  },
  robotics: {
    ko: {
      tech: ['협동로봇 제어', '자율이동로봇(AMR) 내비게이션', '휴머노이드 보행 제어', '로봇 그리퍼', '3D 비전 기반 피킹', 'SLAM', '원격조작(텔레프레즌스)', '강화학습 기반 모션 제어'],
      product: ['물류 자동화 로봇', '수술 보조 로봇', '서비스 로봇', '용접 자동화 셀', '웨어러블 로봇', '농업용 수확 로봇'],
      application: ['물류센터', '스마트팩토리', '병원', '조선소', '농업', '건설 현장'],
    },
    en: {
      tech: ['collaborative robot control', 'AMR navigation', 'humanoid locomotion', 'adaptive grippers', '3D vision bin picking', 'SLAM', 'reinforcement-learning motion control'],
      product: ['warehouse automation robots', 'surgical robots', 'service robots', 'welding automation cells', 'exoskeletons', 'harvesting robots'],
      application: ['fulfilment centers', 'smart factories', 'hospitals', 'shipyards', 'agriculture', 'construction sites'],
    },
    keywords: ['cobot', 'AMR', 'humanoid', 'gripper', 'bin picking', 'SLAM', 'exoskeleton', 'factory automation', 'ROS', '로봇', '스마트팩토리'],
    nameSuffix: { ko: ['로보틱스', '봇', '메카', '오토메이션'], en: ['Robotics', 'Automation', 'Bots', 'Mechatronics'] },
  },
  'ai-big-data': {
    ko: {
      tech: ['한국어 특화 LLM', '멀티모달 AI', 'RAG 기반 검색', '데이터 라벨링 자동화', 'MLOps', '비전 AI', '시계열 이상탐지', '연합학습'],
      product: ['기업용 AI 에이전트', 'AI 품질검사 솔루션', '수요예측 플랫폼', '의료영상 AI', '문서 자동화 AI', '데이터 거래 플랫폼'],
      application: ['제조 품질관리', '금융', '공공 행정', '유통·리테일', '콜센터', '헬스케어'],
    },
    en: {
      tech: ['domain-specific LLMs', 'multimodal AI', 'retrieval-augmented generation', 'automated data labelling', 'MLOps', 'computer vision', 'time-series anomaly detection'],
      product: ['enterprise AI agents', 'AI visual inspection', 'demand forecasting platforms', 'document automation', 'data marketplaces'],
      application: ['manufacturing quality control', 'financial services', 'public sector', 'retail', 'customer service', 'healthcare'],
    },
    keywords: ['LLM', 'generative AI', 'RAG', 'computer vision', 'MLOps', 'big data', 'AI agent', 'anomaly detection', 'data platform', '인공지능', '빅데이터'],
    nameSuffix: { ko: ['AI', '랩스', '데이터', '인텔리전스'], en: ['AI', 'Labs', 'Analytics', 'Intelligence'] },
  },
  'cybersecurity-network': {
    ko: {
      tech: ['양자내성암호(PQC)', '제로트러스트 접근제어', '5G 특화망', '6G 무선 접속', 'OT 보안', '딥페이크 탐지', '위협 인텔리전스', '동형암호'],
      product: ['차세대 방화벽', '산업제어시스템 보안 솔루션', '이음5G 코어 장비', '보안관제(SOC) 플랫폼', '인증 보안 솔루션', '보안 반도체 모듈'],
      application: ['금융권', '스마트팩토리', '공공기관', '통신사', '클라우드 서비스', '국방'],
    },
    en: {
      tech: ['post-quantum cryptography', 'zero-trust access', 'private 5G', '6G radio access', 'OT security', 'deepfake detection', 'threat intelligence', 'homomorphic encryption'],
      product: ['next-generation firewalls', 'industrial control system security', 'private 5G core', 'SOC platforms', 'identity security'],
      application: ['banks', 'smart factories', 'government agencies', 'telecom operators', 'cloud providers', 'defense'],
    },
    keywords: ['PQC', 'zero trust', '5G', '6G', 'OT security', 'deepfake', 'threat intelligence', 'SOC', 'encryption', '보안', '네트워크'],
    nameSuffix: { ko: ['시큐리티', '가드', '넷', '시큐어'], en: ['Security', 'Shield', 'Networks', 'Cyber'] },
  },
  'aerospace-ocean': {
    ko: {
      tech: ['초소형 위성 버스', 'SAR 위성 영상', '재사용 발사체 엔진', '자율운항 선박', '수중 드론', '위성 광통신', '해양 빅데이터', '위성 영상 AI 분석'],
      product: ['큐브위성 플랫폼', '지구관측 데이터 서비스', '소형 발사체', '자율운항 솔루션', '해양 모니터링 부이', '위성 지상국 서비스'],
      application: ['해운사', '국방·안보', '재난 대응', '농업 모니터링', '해양 조사', '통신 사업자'],
    },
    en: {
      tech: ['small satellite buses', 'SAR imaging', 'reusable launch engines', 'autonomous ships', 'underwater drones', 'optical inter-satellite links', 'ocean data analytics'],
      product: ['CubeSat platforms', 'earth observation data services', 'small launch vehicles', 'autonomous navigation systems', 'ocean monitoring buoys'],
      application: ['shipping lines', 'defense and security', 'disaster response', 'agriculture monitoring', 'marine research', 'satellite operators'],
    },
    keywords: ['satellite', 'SAR', 'CubeSat', 'launch vehicle', 'autonomous ship', 'AUV', 'earth observation', 'space', 'maritime', '위성', '해양'],
    nameSuffix: { ko: ['스페이스', '에어로', '마린', '오션'], en: ['Space', 'Aerospace', 'Marine', 'Orbital'] },
  },
  'next-gen-nuclear': {
    ko: {
      tech: ['SMR(소형모듈원전) 설계', '원전 디지털 트윈', '방사선 계측 센서', '사용후핵연료 건식저장', '원전 해체 로봇', '핵융합 플라즈마 대향 소재', '고온가스로 열교환기', '원자로 안전해석 코드'],
      product: ['SMR 핵심 기자재', '원전 예측정비 플랫폼', '방사선 감시 시스템', '해체 폐기물 처리 장비', '동위원소 생산 설비', '원전 운전원 훈련 시뮬레이터'],
      application: ['원전 운영사', '원전 해체 현장', '수소 생산 연계', '의료용 동위원소', '산업 공정열', '핵융합 연구'],
    },
    en: {
      tech: ['small modular reactor design', 'nuclear plant digital twins', 'radiation detection sensors', 'dry cask storage', 'decommissioning robots', 'fusion first-wall materials', 'high-temperature gas reactors'],
      product: ['SMR components', 'predictive maintenance for reactors', 'radiation monitoring systems', 'decommissioning waste treatment', 'medical isotope production'],
      application: ['nuclear operators', 'decommissioning sites', 'nuclear hydrogen', 'medical isotopes', 'industrial process heat', 'fusion research'],
    },
    keywords: ['SMR', 'nuclear', 'digital twin', 'radiation', 'decommissioning', 'fusion', 'isotope', 'reactor safety', 'HTGR', '원전', '소형모듈원전'],
    nameSuffix: { ko: ['뉴클리어', '아톰', '원자력기술'], en: ['Nuclear', 'Fission', 'Atomics'] },
  },
  quantum: {
    ko: {
      tech: ['양자컴퓨팅', '양자암호통신(QKD)', '양자센서', '초전도 큐비트', '광자 기반 양자컴퓨터', '양자 오류정정', '양자 난수 생성기(QRNG)', '중성원자 큐비트'],
      product: ['양자컴퓨터 제어 시스템', '양자키분배 장비', '양자 알고리즘 SDK', '원자 간섭계 센서', '극저온 냉각 장비', '양자 클라우드 서비스'],
      application: ['신소재 시뮬레이션', '금융 최적화', '국방 통신', '정밀 항법', '신약 분자 모델링', '통신 백본망'],
    },
    en: {
      tech: ['quantum computing', 'quantum key distribution', 'quantum sensing', 'superconducting qubits', 'photonic quantum computing', 'quantum error correction', 'neutral-atom qubits'],
      product: ['quantum control electronics', 'QKD systems', 'quantum algorithm SDKs', 'atom interferometer sensors', 'cryogenic systems', 'quantum cloud services'],
      application: ['materials simulation', 'portfolio optimisation', 'secure government networks', 'precision navigation', 'molecular modelling', 'telecom backbones'],
    },
    keywords: ['quantum computing', 'qubit', 'QKD', 'quantum sensor', 'QRNG', 'error correction', 'photonics', 'cryogenics', 'quantum software', '양자', '양자컴퓨팅'],
    nameSuffix: { ko: ['퀀텀', '큐비트', '포토닉스'], en: ['Quantum', 'Qubits', 'Photonics'] },
  },
};

export const KOREAN_NAME_PREFIXES = [
  '뉴로', '딥', '하이퍼', '코어', '그린', '블루', '스텔라', '오로라', '루미', '노바', '테라', '아이온', '옵티', '포톤', '라온',
  '한울', '누리', '다온', '가온', '미르', '온새', '빛나', '솔빛', '아라', '해솔', '도담', '새봄', '이음', '나래', '마루',
];
export const ENGLISH_NAME_PREFIXES = [
  'Aether', 'Nova', 'Helix', 'Vertex', 'Quanta', 'Lumen', 'Arcwave', 'Polar', 'Kite', 'Tidal', 'Orbit', 'Photon',
  'Cobalt', 'Atlas', 'Sable', 'Ion', 'Flux', 'Strata', 'Zenith', 'Beacon', 'Corvid', 'Halcyon', 'Meridian', 'Juniper',
];

export const KOREAN_SURNAMES = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권'];
export const KOREAN_GIVEN_NAMES = ['민준', '서연', '도윤', '하은', '지호', '수아', '현우', '지민', '예준', '서윤', '태희', '성민', '유진', '재원', '은지'];
export const FOREIGN_FIRST_NAMES = ['Alex', 'Maya', 'Daniel', 'Sofia', 'Noam', 'Hannah', 'Lucas', 'Mei', 'Julien', 'Anh', 'Kenji', 'Priya', 'Oliver', 'Lena'];
export const FOREIGN_LAST_NAMES = ['Tan', 'Becker', 'Cohen', 'Martin', 'Nguyen', 'Sato', 'Smith', 'Laurent', 'Levi', 'Wong', 'Schmidt', 'Brown', 'Tanaka', 'Patel'];

/** Where inbound (embassy-led) startups come from, by relative weight. */
export const FOREIGN_COUNTRIES: readonly (readonly [string, number])[] = [
  ['US', 6], ['SG', 4], ['DE', 3], ['IL', 3], ['JP', 3], ['FR', 2], ['GB', 2], ['VN', 2], ['IN', 1], ['AU', 1], ['CA', 1], ['FI', 1],
];

export const KOREAN_VC_NAMES = [
  '가온벤처파트너스', '한울인베스트먼트', '새솔벤처스', '누리캐피탈', '다온파트너스', '미르인베스트', '온빛벤처스', '라온기술투자',
  '별빛캐피탈파트너스', '도담벤처스', '아라인베스트먼트', '해솔파트너스', '마루벤처캐피탈', '이음딥테크펀드', '나래기술금융',
];
export const FOREIGN_VC_NAMES: readonly (readonly [string, string])[] = [
  ['Blue Harbor Capital', 'US'], ['Northgate Ventures', 'US'], ['Lattice Frontier Fund', 'US'], ['Kestrel Hard Tech', 'US'],
  ['Lionrock Deep Tech', 'SG'], ['Straits Frontier Partners', 'SG'], ['Rhein Deep Tech Fund', 'DE'], ['Negev Frontier Fund', 'IL'],
  ['Sakura Deep Tech Partners', 'JP'], ['Seine Innovation Capital', 'FR'], ['Thames Frontier Ventures', 'GB'], ['Mekong Tech Ventures', 'VN'],
];
export const VC_NAME_PARTS = {
  ko: { head: ['한빛', '새길', '푸른', '큰솔', '별하', '가람', '여울', '너울'], tail: ['벤처스', '인베스트먼트', '파트너스', '기술투자', '캐피탈'] },
  en: { head: ['Granite', 'Summit', 'Harbor', 'Cedar', 'Aurora', 'Pioneer', 'Beacon', 'Keystone'], tail: ['Ventures', 'Capital', 'Partners', 'Fund'] },
};

/** Fictional conglomerates running open-innovation programmes, with the sectors their demands come from. */
export const CORPORATES: readonly { ko: string; en: string; country: string; sectors: SectorCode[] }[] = [
  { ko: '삼화전자', en: 'Samhwa Electronics', country: 'KR', sectors: ['system-semiconductor', 'ai-big-data', 'robotics'] },
  { ko: '현성자동차', en: 'Hyunsung Motor Company', country: 'KR', sectors: ['future-mobility', 'robotics', 'clean-energy'] },
  { ko: 'SJ텔레콤', en: 'SJ Telecom', country: 'KR', sectors: ['cybersecurity-network', 'ai-big-data', 'quantum'] },
  { ko: '엘진화학', en: 'LJ Chem', country: 'KR', sectors: ['clean-energy', 'future-mobility', 'bio-health'] },
  { ko: '한결에어로스페이스', en: 'Hangyeol Aerospace', country: 'KR', sectors: ['aerospace-ocean', 'robotics'] },
  { ko: '청운중공업', en: 'Cheongun Heavy Industries', country: 'KR', sectors: ['next-gen-nuclear', 'aerospace-ocean', 'clean-energy'] },
  { ko: '세진바이오로직스', en: 'Sejin Biologics', country: 'KR', sectors: ['bio-health', 'ai-big-data'] },
  { ko: '나래네트웍스', en: 'Narae Networks', country: 'KR', sectors: ['cybersecurity-network', 'quantum'] },
  { ko: '대양원자력기술', en: 'Daeyang Nuclear Engineering', country: 'KR', sectors: ['next-gen-nuclear', 'clean-energy'] },
  { ko: '라인베르크 오토메이션', en: 'Rheinwerk Automation', country: 'DE', sectors: ['robotics', 'system-semiconductor'] },
];
export const CORPORATE_NAME_PARTS = {
  head: ['태성', '동진', '우림', '광명', '서해', '백두', '금강', '한라'],
  tail: ['전자', '산업', '그룹', '중공업', '화학', '시스템즈'],
};

export const KOREAN_TRACTION = [
  '현재 국내 대기업 2곳과 PoC를 진행 중입니다',
  '2025년 시제품 개발을 완료하고 실증을 준비하고 있습니다',
  'TIPS 프로그램에 선정되어 기술 개발을 가속하고 있습니다',
  '해외 고객사와 공급 계약을 논의 중입니다',
  '누적 매출 15억 원을 달성했습니다',
  '핵심 특허 12건을 출원·등록했습니다',
  '국책 연구기관과 공동 연구를 수행하고 있습니다',
];
export const KOREAN_GOALS = [
  '이번 라운드로 양산 체계를 구축할 계획입니다',
  '글로벌 시장 진출과 해외 파트너 발굴을 목표로 합니다',
  '투자 유치를 통해 연구 인력을 두 배로 늘릴 예정입니다',
  '대기업과의 오픈이노베이션으로 상용화를 앞당기고자 합니다',
  '미국과 동남아 시장 진출을 준비하고 있습니다',
];
export const ENGLISH_TRACTION = [
  'We are running paid pilots with two industrial customers.',
  'Our prototype was validated with a tier-1 supplier in 2025.',
  'We hold nine granted patents and a growing licensing pipeline.',
  'Revenue grew threefold last year.',
  'We are backed by a national deep-tech grant programme.',
  'A first production order is expected next quarter.',
];
export const ENGLISH_GOALS = [
  'We are looking for investors and partners to enter the Korean market.',
  'This round funds scale-up manufacturing.',
  'We seek a corporate partner in Korea for joint development.',
  'We plan to open an R&D office in Seoul next year.',
  'The round will take the product to certification.',
];
export const KOREAN_BENEFITS = [
  '기존 대비 전력 소모를 절반 이하로 줄였습니다',
  '기존 솔루션보다 3배 빠른 처리 속도를 구현했습니다',
  '도입 비용을 40% 절감할 수 있습니다',
  '현장 실증에서 정확도 99%를 달성했습니다',
  '해외 의존도가 높던 핵심 부품을 국산화했습니다',
];
export const ENGLISH_BENEFITS = [
  'the approach cuts power consumption by half',
  'the system runs three times faster than incumbent solutions',
  'customers cut deployment costs by 40%',
  'field tests reached 99% accuracy',
  'it replaces an imported critical component',
];

export const KOREAN_THESIS_EXTRAS = [
  '해외 진출을 위한 글로벌 네트워크를 지원합니다',
  '후속 투자와 대기업 PoC 연계를 적극 지원합니다',
  '기술 검증을 마친 팀을 선호합니다',
  '창업자의 기술 깊이와 실행력을 가장 중요하게 봅니다',
  '정부 R&D 과제와 연계한 성장 전략을 함께 설계합니다',
];
export const ENGLISH_THESIS_EXTRAS = [
  'We help portfolio companies expand across Asia.',
  'We lead rounds and take board seats.',
  'We favour teams with validated technology and first customers.',
  'We co-invest with Korean corporates and government funds.',
  'Founder technical depth matters more to us than early revenue.',
];

export const DEMAND_REQUIREMENTS = [
  '6개월 이내 PoC 착수가 가능해야 합니다.',
  '양산 라인 적용 경험이 있으면 우대합니다.',
  '당사 테스트베드에서 실증이 가능한 수준의 기술이 필요합니다.',
  '국내 법인 또는 국내 파트너가 있는 기업을 우대합니다.',
];
export const DEMAND_SUPPORT = ['PoC 비용과 테스트베드', '공동개발 예산과 전담 연구 인력', '전략적 투자 검토', '구매 및 공급망 연계'];
