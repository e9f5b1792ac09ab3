import type { ConceptSheet } from '../concept.types';

/** Aerospace and ocean: launch, satellites, space services, aviation, defence, shipbuilding and the ocean. */
export const AEROSPACE_OCEAN: ConceptSheet = {
  sector: 'aerospace-ocean',
  lines: `
aerospace | aerospace; space industry; space technology; new space; NewSpace | 우주항공; 항공우주; 우주산업; 우주; 뉴스페이스
launch-vehicle | launch vehicle; rocket; small launch vehicle; small satellite launcher; reusable rocket | 발사체; 로켓; 소형발사체; 소형 발사체; 재사용 발사체 | aerospace
rocket-engine | rocket engine; liquid rocket engine; hybrid rocket; methane engine; propulsion | 로켓 엔진; 액체 로켓 엔진; 하이브리드 로켓; 메탄 엔진; 추진기관 | launch-vehicle
launch-service | launch service; spaceport; launch site | 발사 서비스; 우주발사장; 발사장 | launch-vehicle
satellite | satellite; satellites; spacecraft | 위성; 인공위성; 우주선 | aerospace
small-satellite | small satellite; smallsat; cubesat; CubeSat; microsatellite; nanosatellite | 소형위성; 소형 위성; 초소형위성; 초소형 위성; 큐브샛; 큐브위성 | satellite
satellite-constellation | satellite constellation; LEO constellation; low Earth orbit; LEO | 위성군; 군집위성; 저궤도; 저궤도 위성; 위성 군집 | satellite
satellite-bus | satellite bus; satellite platform; satellite subsystem | 위성 본체; 위성 버스; 위성 플랫폼 | satellite
satellite-payload | satellite payload; optical payload; SAR payload | 탑재체; 위성 탑재체; 광학 탑재체 | satellite
earth-observation | earth observation; satellite imagery; remote sensing; satellite data | 지구관측; 지구 관측; 위성영상; 위성 영상; 원격탐사; 위성 데이터 | satellite
sar | SAR; synthetic aperture radar; SAR satellite | 합성개구레이더; 영상레이더; SAR 위성 | earth-observation
hyperspectral | hyperspectral imaging; multispectral imaging; hyperspectral satellite | 초분광; 초분광 영상; 다중분광; 다분광 | earth-observation
satellite-analytics | satellite image analytics; geospatial intelligence; GEOINT | 위성영상 분석; 위성 영상 분석; 공간정보 분석 | earth-observation geospatial-ai
ground-station | ground station; ground segment; ground station as a service; mission control | 지상국; 지상 관제; 지상국 서비스; 관제 시스템 | satellite
space-propulsion | electric propulsion; satellite propulsion; Hall thruster; thruster | 전기추진; 위성 추진계; 홀 추력기; 추력기 | satellite-bus
space-components | space-grade components; rad-hard; radiation-hardened electronics; space qualified | 우주급 부품; 내방사선; 우주 부품; 우주용 부품 | aerospace
in-orbit-servicing | in-orbit servicing; on-orbit servicing; space debris removal; space situational awareness; SSA | 궤도상 서비스; 우주 쓰레기 제거; 우주잔해; 우주상황인식; 우주물체 감시 | aerospace
space-exploration | space exploration; lunar exploration; lunar lander; deep space; Mars | 우주탐사; 달 탐사; 달착륙선; 심우주; 화성 탐사 | aerospace
in-space-manufacturing | in-space manufacturing; microgravity research; space biology | 우주 제조; 미세중력; 우주 바이오; 무중력 실험 | aerospace
pnt | PNT; GNSS; GPS; satellite navigation; KPS; positioning navigation timing | 위성항법; 위성 항법; 항법; 한국형 위성항법 | satellite
aviation | aviation; aircraft; airline; airplane | 항공; 항공기; 여객기; 비행기 | aerospace
aircraft-parts | aircraft parts; aerostructures; aircraft components; MRO; maintenance repair overhaul | 항공기 부품; 항공 부품; 항공 정비; 항공기 정비; 기체 구조물 | aviation
aircraft-engine | aircraft engine; gas turbine; turbofan | 항공엔진; 항공 엔진; 가스터빈; 터보팬 | aviation
electric-aircraft | electric aircraft; hybrid-electric aircraft; hydrogen aircraft | 전기 항공기; 전기비행기; 수소 항공기; 하이브리드 항공기 | aviation
air-mobility | air mobility; aerial mobility | 항공 모빌리티; 항공모빌리티 | aviation
flight-control | flight control; flight controller; autopilot; UAM flight control; avionics | 비행제어; 비행 제어; 비행제어컴퓨터; 자동비행; 항공전자 | aviation
drone-services | drone services; drone inspection; drone mapping; drone surveying | 드론 서비스; 드론 점검; 드론 측량; 드론 매핑 | drone
counter-drone | counter-drone; anti-drone; C-UAS; drone detection | 안티드론; 드론 탐지; 드론 방어; 대드론 | drone defense
utm | UTM; unmanned traffic management; drone traffic management | 드론 교통관리; 무인기 교통관리 | drone
haps | HAPS; high-altitude platform; stratospheric drone | 고고도 플랫폼; 성층권 드론; 고고도 무인기 | drone satellite-communication
defense | defense; defence; military; defense industry; national security | 방산; 방위산업; 국방; 방위 산업 | 
defense-electronics | defense electronics; radar systems; electronic warfare; C4I | 방산 전자; 전자전; 군 레이더; 지휘통제 | defense
missile-guidance | guided weapons; missile; guidance and control | 유도무기; 미사일; 유도 제어 | defense
ocean | ocean; marine; maritime; ocean technology; blue economy | 해양; 해양 기술; 해양산업; 블루이코노미 | 
maritime | maritime industry; maritime shipping; maritime logistics | 해운; 해상 물류; 해운 물류 | ocean
shipbuilding | shipbuilding; shipyard; naval architecture; ship design | 조선; 조선업; 선박 설계; 조선 산업 | ocean
smart-ship | smart ship; ship automation; digital ship | 스마트 선박; 선박 자동화; 디지털 선박 | shipbuilding
autonomous-ship | autonomous ship; autonomous vessel; maritime autonomous surface ship; MASS; unmanned surface vehicle; USV | 자율운항 선박; 자율 운항; 무인수상정; 무인 선박 | smart-ship
green-ship | green ship; zero-emission ship; ammonia-fuelled ship; methanol ship; LNG carrier; ship emissions; maritime decarbonization | 친환경선박; 무탄소 선박; 암모니아 추진선; 메탄올 추진선; LNG 운반선; 선박 탄소; 선박 배출; 해운 탈탄소 | shipbuilding
ship-propulsion | ship propulsion; marine engine; electric propulsion for ships; marine fuel cell | 선박 추진; 선박 엔진; 선박용 연료전지; 전기추진선 | shipbuilding
port | smart port; port automation; container terminal | 항만; 스마트항만; 스마트 항만; 항만 자동화; 컨테이너 터미널 | maritime
port-logistics | port logistics; maritime logistics platform | 항만 물류; 항만물류 | port logistics
subsea | subsea; subsea engineering; subsea cable; offshore plant; offshore platform | 해저; 해저 케이블; 해양플랜트; 해양 플랜트; 해상 플랫폼 | ocean
marine-survey | ocean survey; hydrographic survey; seabed mapping; sonar; marine sensor | 해양 조사; 수로 측량; 해저 지형; 소나; 해양 센서 | ocean
ocean-data | ocean data; ocean observation; marine weather; ocean monitoring | 해양 데이터; 해양 관측; 해양 기상; 해양 모니터링 | ocean
aquaculture | aquaculture; smart aquaculture; fish farming; offshore aquaculture | 스마트 양식; 수산 양식; 육상 양식 | ocean
marine-bio | marine biotechnology; marine bio; seaweed; blue carbon | 해양바이오; 해양 바이오; 해조류; 블루카본 | ocean
marine-pollution | marine pollution; marine debris; ocean plastic; oil spill | 해양오염; 해양 쓰레기; 해양 플라스틱; 유류 유출 | ocean
space-data-service | space data service; satellite data platform; analysis ready data | 위성 데이터 서비스; 위성정보 활용 | earth-observation
space-weather | space weather; solar storm monitoring | 우주기상; 우주 기상 | aerospace
space-tourism | space tourism; suborbital flight | 우주관광; 우주 관광; 준궤도 비행 | aerospace
composite-aero | aerospace composites; carbon composite structures; CFRP | 항공 복합재; 복합재; 탄소복합재; 탄소섬유강화플라스틱 | aircraft-parts
aero-testing | environmental testing; thermal vacuum test; vibration test; space environment test | 환경시험; 열진공 시험; 진동 시험; 우주환경 시험 | space-components
optical-comm-space | laser communication; optical inter-satellite link; free-space optics | 레이저 통신; 위성간 광통신; 자유공간 광통신 | satellite-communication
satellite-iot | satellite IoT; direct-to-device; direct to cell; satellite-to-phone; direct-to-phone | 위성 IoT; 위성 사물인터넷; 위성 직접통신; 위성-휴대폰 직접통신; 위성 직접 연결 | satellite-communication iot
uav-defense | military drone; loitering munition; tactical UAV | 군용 드론; 배회형 무기; 전술 무인기; 군집 드론 | drone defense
polar-research | polar research; arctic shipping; icebreaker | 극지; 북극항로; 쇄빙선 | ocean
space-law-policy | space policy; KASA; Korea AeroSpace Administration; Nuri | 우주항공청; 누리호; 우주 정책 | aerospace
cosmic-sensor | star tracker; sun sensor; attitude control; attitude determination | 별추적기; 태양센서; 자세제어; 자세 제어 | satellite-bus
satellite-manufacturing | satellite manufacturing; satellite assembly; satellite integration and test | 위성 제작; 위성 조립; 위성 조립 시험 | satellite
space-solar | space solar cell; space-grade solar array; space-based solar power | 우주용 태양전지; 우주 태양광; 우주태양광발전 | satellite-bus
satellite-antenna | satellite antenna; flat panel antenna; user terminal | 위성 안테나; 평판형 안테나; 위성 단말 | satellite-communication
launch-materials | rocket materials; thermal protection system; heat shield | 발사체 소재; 열보호 시스템; 내열 소재 | launch-vehicle
space-software | flight software; onboard software; satellite operations software | 비행 소프트웨어; 위성 운용 소프트웨어; 탑재 소프트웨어 | satellite
reentry | reentry capsule; return capsule; atmospheric reentry | 재진입; 재진입 캡슐; 귀환 캡슐 | space-exploration
airport-tech | airport; smart airport; air traffic management; ATM system | 공항; 스마트 공항; 항공교통관리; 항공 관제 | aviation
weather-satellite | weather satellite; meteorological satellite; climate monitoring satellite | 기상위성; 기상 위성; 기후 관측 위성 | earth-observation
ship-data | ship data platform; vessel monitoring; ship performance monitoring | 선박 데이터; 선박 모니터링; 선박 운항 데이터 | smart-ship
fishing-tech | fisheries; smart fishing; fishing vessel | 수산업; 스마트 어업; 어선 | ocean
offshore-wind-vessel | wind turbine installation vessel; offshore support vessel | 해상풍력 설치선; 해양 지원선 | offshore-wind shipbuilding
deep-sea-mining | deep-sea mining; seabed minerals; manganese nodules | 심해 광물; 해저 광물; 망간단괴 | subsea
naval-ship | naval ship; warship; submarine | 함정; 군함; 잠수함 | defense shipbuilding
`,
};
