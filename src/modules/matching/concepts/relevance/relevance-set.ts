import type { SectorCode } from '../../../../common/domain/sectors';

/**
 * A hand-written relevance set for cross-language matching: ten fields × three subfields (the first five with
 * two Korean-only and two English-only startups per subfield, the other five with one of each), and one
 * Korean-only and one English-only investor per subfield. Within a
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
  'warehouse-robots': {
    sector: 'robotics',
    rows: [
      ['ko', '피킹로보틱스', '물류센터에서 택배 상자를 집어 옮기는 로봇팔과 3D 비전 기반 피킹 소프트웨어를 공급합니다. 빈피킹 성공률 99%를 달성했습니다.', ['피킹 로봇', '물류 자동화']],
      ['en', 'Graspline', 'Robotic arms with 3D vision that pick mixed parcels in fulfillment centers; our bin picking success rate is 99%.', ['bin picking', 'warehouse automation']],
    ],
  },
  'humanoids': {
    sector: 'robotics',
    rows: [
      ['ko', '휴먼스텝', '강화학습으로 걷는 이족보행 휴머노이드 로봇을 만듭니다. 공장 내 부품 운반 작업을 사람 대신 수행합니다.', ['휴머노이드', '보행 제어']],
      ['en', 'Bipedal Works', 'A bipedal humanoid robot that learns to walk with reinforcement learning and carries parts on factory floors.', ['humanoid', 'locomotion']],
    ],
  },
  'surgical-robots': {
    sector: 'robotics',
    rows: [
      ['ko', '메디암', '복강경 수술을 돕는 소형 수술 로봇입니다. 의사의 손떨림을 보정하고 원격으로 정밀한 절개를 가능하게 합니다.', ['수술로봇', '의료 로봇']],
      ['en', 'Incisive Robotics', 'A compact surgical robot for laparoscopic procedures that filters tremor and enables precise remote incisions.', ['robotic surgery', 'medical robot']],
    ],
  },
  'llm-apps': {
    sector: 'ai-big-data',
    rows: [
      ['ko', '문서지능', '기업 내부 문서를 학습한 대규모 언어모델과 검색증강생성으로 사내 질의응답 챗봇을 구축해 줍니다.', ['LLM', '사내 챗봇']],
      ['en', 'Docmind AI', 'Enterprise question answering: a large language model grounded on company documents with retrieval-augmented generation.', ['LLM', 'RAG']],
    ],
  },
  'vision-inspection': {
    sector: 'ai-big-data',
    rows: [
      ['ko', '결함제로', '제조 라인 카메라 영상을 딥러닝으로 분석해 불량을 검출하는 비전 검사 솔루션입니다. 배터리와 디스플레이 공장에 납품했습니다.', ['불량 검출', '딥러닝']],
      ['en', 'Defectless', 'Deep learning visual inspection that catches defects from production line cameras, deployed at battery and display plants.', ['defect detection', 'computer vision']],
    ],
  },
  'data-labeling': {
    sector: 'ai-big-data',
    rows: [
      ['ko', '라벨메이트', 'AI 학습데이터 구축 플랫폼입니다. 이미지와 음성 데이터 라벨링을 크라우드소싱과 자동화로 빠르게 처리합니다.', ['데이터 라벨링', '학습데이터']],
      ['en', 'Tagforge', 'A training data platform: crowdsourced and automated data labeling for image and speech datasets.', ['data annotation', 'training data']],
    ],
  },
  'ot-security': {
    sector: 'cybersecurity-network',
    rows: [
      ['ko', '플랜트가드', '발전소와 공장의 산업제어시스템을 노리는 사이버 공격을 탐지하는 OT 보안 솔루션입니다.', ['OT 보안', '제어시스템']],
      ['en', 'Gridshield', 'OT security that detects cyberattacks on industrial control systems in power plants and factories.', ['ICS security', 'OT']],
    ],
  },
  'zero-trust': {
    sector: 'cybersecurity-network',
    rows: [
      ['ko', '트러스트리스', '재택근무 환경을 위한 제로트러스트 접근제어 솔루션입니다. 사용자와 기기를 매번 검증합니다.', ['제로트러스트', '접근제어']],
      ['en', 'Neverassume', 'Zero trust network access for remote work: every user and device is verified on every request.', ['ZTNA', 'identity']],
    ],
  },
  'private-5g': {
    sector: 'cybersecurity-network',
    rows: [
      ['ko', '이음네트웍스', '공장과 항만에 5G 특화망을 구축하고 오픈랜 기지국 장비를 공급합니다.', ['5G 특화망', '오픈랜']],
      ['en', 'Campus Cellular', 'Private 5G networks for factories and ports, built on Open RAN base stations.', ['private 5G', 'O-RAN']],
    ],
  },
  'small-sats': {
    sector: 'aerospace-ocean',
    rows: [
      ['ko', '스몰샛랩', '초소형 위성을 설계하고 제작합니다. 저궤도 군집위성으로 지구관측 영상을 매일 제공합니다.', ['초소형위성', '지구관측']],
      ['en', 'Orbitform', 'We build cubesats and run a low Earth orbit constellation delivering daily earth observation imagery.', ['smallsat', 'EO']],
    ],
  },
  'launchers': {
    sector: 'aerospace-ocean',
    rows: [
      ['ko', '하늘로켓', '소형 위성을 궤도에 올리는 재사용 소형발사체와 메탄 엔진을 개발합니다.', ['소형발사체', '로켓 엔진']],
      ['en', 'Ascent Dynamics', 'A reusable small launch vehicle with methane engines to put small satellites into orbit.', ['launch vehicle', 'rocket engine']],
    ],
  },
  'autonomous-ships': {
    sector: 'aerospace-ocean',
    rows: [
      ['ko', '오션파일럿', '선박의 충돌을 회피하는 자율운항 시스템과 항만 접안 보조 솔루션을 개발합니다.', ['자율운항', '선박']],
      ['en', 'Seapilot', 'Autonomous navigation for vessels: collision avoidance at sea and docking assistance in ports.', ['autonomous ship', 'maritime']],
    ],
  },
  'smr-design': {
    sector: 'next-gen-nuclear',
    rows: [
      ['ko', '모듈원자력', '공장에서 제작해 현장에서 조립하는 소형모듈원자로 설계 기업입니다. 피동안전 계통으로 운전원 조치 없이 냉각됩니다.', ['SMR', '피동안전']],
      ['en', 'Modular Fission', 'Small modular reactor design built in factories and assembled on site, with passive safety cooling without operator action.', ['SMR', 'passive safety']],
    ],
  },
  'decommissioning': {
    sector: 'next-gen-nuclear',
    rows: [
      ['ko', '해체기술', '원전 해체 현장의 제염 작업과 방사성폐기물 감용 처리를 원격 로봇으로 수행합니다.', ['원전 해체', '방사성폐기물']],
      ['en', 'Decomm Robotics', 'Remote robots for nuclear decommissioning: decontamination work and radioactive waste volume reduction.', ['decommissioning', 'radwaste']],
    ],
  },
  'fusion': {
    sector: 'next-gen-nuclear',
    rows: [
      ['ko', '퓨전마그넷', '핵융합로용 고온초전도 자석과 선재를 개발합니다. 토카막을 소형화해 핵융합 발전을 앞당깁니다.', ['핵융합', '고온초전도']],
      ['en', 'Starfire Fusion', 'High-temperature superconducting magnets for compact tokamaks to bring fusion power closer.', ['fusion', 'HTS magnet']],
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
  'warehouse-robots': [
    ['ko', '물류혁신 파트너스', '물류센터 자동화, 피킹 로봇, 팔레타이징 등 창고 로봇 기업에 투자합니다.'],
    ['en', 'Fulfillment Robotics Fund', 'Warehouse robotics: picking arms, palletizing and fulfillment automation.'],
  ],
  'humanoids': [
    ['ko', '피지컬AI 펀드', '휴머노이드 로봇과 보행 제어, 로봇 파운데이션 모델에 투자합니다.'],
    ['en', 'Embodied Ventures', 'Humanoid robots, legged locomotion and robot foundation models.'],
  ],
  'surgical-robots': [
    ['ko', '메드로봇 투자조합', '수술 로봇과 재활 로봇 등 의료 로봇 분야에 투자합니다.'],
    ['en', 'Surgical Robotics Partners', 'Medical robotics: surgical robots and rehabilitation robots.'],
  ],
  'llm-apps': [
    ['ko', '생성형AI 투자', '대규모 언어모델 기반 기업용 애플리케이션, 검색증강생성, AI 에이전트에 투자합니다.'],
    ['en', 'GenAI Seed Fund', 'Enterprise generative AI applications: LLM agents and retrieval-augmented generation.'],
  ],
  'vision-inspection': [
    ['ko', '제조AI 펀드', '딥러닝 비전 검사와 불량 검출 등 제조 현장 AI에 투자합니다.'],
    ['en', 'Industrial Vision Capital', 'Industrial AI: machine vision inspection and defect detection on production lines.'],
  ],
  'data-labeling': [
    ['ko', '데이터 인프라 투자', '학습데이터 구축과 데이터 라벨링, 합성데이터 기업을 찾습니다.'],
    ['en', 'Data Foundry Ventures', 'AI data infrastructure: data annotation, training data and synthetic data.'],
  ],
  'ot-security': [
    ['ko', '산업보안 펀드', '산업제어시스템과 OT 보안, 스마트공장 보안 기업에 투자합니다.'],
    ['en', 'Critical Infrastructure Security Fund', 'OT and ICS security for critical infrastructure and factories.'],
  ],
  'zero-trust': [
    ['ko', '제로트러스트 투자조합', '제로트러스트 아키텍처와 접근제어, 계정 관리 보안에 투자합니다.'],
    ['en', 'Identity First Capital', 'Zero trust architecture, identity and access management.'],
  ],
  'private-5g': [
    ['ko', '차세대 통신 펀드', '5G 특화망과 오픈랜, 6G 등 차세대 이동통신 장비에 투자합니다.'],
    ['en', 'Open Networks Ventures', 'Private 5G, Open RAN and 6G wireless infrastructure.'],
  ],
  'small-sats': [
    ['ko', '뉴스페이스 투자', '초소형위성과 저궤도 위성군, 위성영상 서비스에 투자합니다.'],
    ['en', 'Low Orbit Capital', 'Smallsat makers, LEO constellations and satellite imagery services.'],
  ],
  'launchers': [
    ['ko', '발사체 펀드', '소형발사체와 로켓 엔진, 발사 서비스 기업에 투자합니다.'],
    ['en', 'Liftoff Partners', 'Launch vehicles, rocket engines and launch services.'],
  ],
  'autonomous-ships': [
    ['ko', '해양모빌리티 투자', '자율운항선박과 스마트 선박, 항만 자동화에 투자합니다.'],
    ['en', 'Blue Autonomy Fund', 'Autonomous ships, smart shipping technology and port automation.'],
  ],
  'smr-design': [
    ['ko', '원자력 혁신 펀드', '소형모듈원자로와 차세대 원자로 설계, 피동안전 기술에 투자합니다.'],
    ['en', 'Advanced Fission Ventures', 'Small modular reactors, advanced reactor designs and passive safety.'],
  ],
  'decommissioning': [
    ['ko', '원전해체 투자조합', '원전 해체, 제염, 방사성폐기물 처리 기술에 투자합니다.'],
    ['en', 'Back-End Nuclear Fund', 'Nuclear decommissioning, decontamination and radioactive waste treatment.'],
  ],
  'fusion': [
    ['ko', '핵융합 펀드', '핵융합 에너지와 토카막, 고온초전도 자석 기업에 투자합니다.'],
    ['en', 'Fusion Frontier Capital', 'Fusion energy: tokamaks and high-temperature superconducting magnets.'],
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
