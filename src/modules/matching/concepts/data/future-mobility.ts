import type { ConceptSheet } from '../concept.types';

/** Future mobility: electrified and autonomous vehicles, batteries, air mobility, logistics and infrastructure. */
export const FUTURE_MOBILITY: ConceptSheet = {
  sector: 'future-mobility',
  lines: `
mobility | mobility; future mobility; transportation; transport | 모빌리티; 미래 모빌리티; 미래모빌리티; 교통; 운송
ev | electric vehicle; EV; EVs; battery electric vehicle; BEV; electric car | 전기차; 전기자동차; 전기 자동차 | mobility
hev-phev | hybrid vehicle; PHEV; plug-in hybrid | 하이브리드차; 플러그인 하이브리드 | ev
fcev | fuel cell electric vehicle; FCEV; hydrogen vehicle; hydrogen truck | 수소차; 수소전기차; 수소 트럭; 수소연료전지차 | ev fuel-cell
e-truck | electric truck; electric bus; commercial EV; e-bus | 전기 트럭; 전기버스; 전기 버스; 상용 전기차 | ev
micromobility | micromobility; e-scooter; e-bike; electric scooter; personal mobility | 마이크로모빌리티; 전동킥보드; 전기자전거; 개인형 이동장치 | mobility
secondary-battery | secondary battery; rechargeable battery; lithium-ion battery; Li-ion; lithium ion; battery cell | 이차전지; 2차전지; 리튬이온전지; 리튬이온 배터리; 리튬 이온 전지; 배터리 셀 | battery
battery | battery; batteries; battery technology | 배터리; 전지 | energy-storage
battery-materials | battery materials; battery material; cell materials | 배터리 소재; 이차전지 소재; 전지 소재; 배터리소재 | secondary-battery
cathode | cathode material; cathode; cathode active material; NCM; NCA; high-nickel cathode | 양극재; 양극 소재; 양극활물질; 하이니켈 양극재; 양극 | battery-materials
lfp | LFP; lithium iron phosphate; LMFP | 리튬인산철; 인산철; LFP 배터리 | cathode
anode | anode material; anode; silicon anode; graphite anode; lithium metal anode | 음극재; 음극 소재; 실리콘 음극재; 흑연 음극재; 리튬메탈 음극; 음극 | battery-materials
electrolyte | electrolyte; liquid electrolyte; electrolyte additive | 전해질; 전해액; 전해액 첨가제 | battery-materials
separator | separator; battery separator; coated separator | 분리막; 배터리 분리막 | battery-materials
solid-state-battery | solid-state battery; all-solid-state battery; solid state battery; ASSB; solid-state batteries | 전고체 배터리; 전고체배터리; 전고체 전지; 전고체전지; 전고체 | secondary-battery
solid-electrolyte | solid electrolyte; solid-state electrolyte; solid-state battery electrolyte; sulfide electrolyte; oxide electrolyte; polymer electrolyte | 고체전해질; 고체 전해질; 황화물계 고체전해질; 황화물 전해질; 산화물계 고체전해질; 고분자 전해질 | solid-state-battery electrolyte
sodium-ion | sodium-ion battery; Na-ion; sodium battery | 나트륨이온전지; 나트륨 이온 배터리; 소듐이온 배터리 | secondary-battery
lithium-sulfur | lithium-sulfur battery; Li-S; lithium metal battery | 리튬황 전지; 리튬황전지; 리튬메탈 전지 | secondary-battery
bms | BMS; battery management system; battery management; state of charge estimation; SoC estimation | 배터리 관리 시스템; 배터리관리시스템; 배터리 관리; 배터리 상태 추정 | battery
battery-diagnostics | battery diagnostics; battery health; state of health; SoH; battery safety; thermal runaway | 배터리 진단; 배터리 수명 예측; 배터리 안전; 열폭주; 배터리 상태 진단 | bms
battery-recycling | battery recycling; battery recycle; black mass; urban mining; hydrometallurgy; spent battery; spent batteries; lithium recovery; waste battery | 폐배터리 재활용; 배터리 재활용; 블랙매스; 도시광산; 습식제련; 폐배터리; 폐전지; 리튬 회수; 폐배터리 재활용 기술 | battery circular-economy
battery-reuse | second-life battery; battery reuse; battery repurposing | 사용후 배터리; 배터리 재사용; 재사용 배터리; 배터리 재제조 | battery-recycling
cell-manufacturing | battery cell manufacturing; gigafactory; cell production; electrode coating; dry electrode | 배터리 제조; 셀 제조; 기가팩토리; 전극 공정; 건식 전극 | secondary-battery
battery-pack | battery pack; cell-to-pack; CTP; battery module | 배터리 팩; 배터리팩; 배터리 모듈 | secondary-battery
ev-charging | EV charging; charging station; charger; fast charging; charging infrastructure; charge point | 전기차 충전; 충전소; 충전기; 급속충전; 충전 인프라; 전기차 충전기 | ev
wireless-charging | wireless charging; inductive charging | 무선충전; 무선 충전 | ev-charging
v2g | V2G; vehicle-to-grid; bidirectional charging | 양방향 충전; 차량-전력망 연계 | ev-charging smart-grid
battery-swapping | battery swapping; battery swap station | 배터리 교환; 배터리 스와핑; 배터리 교환형; 배터리 교체; 배터리 교체 스테이션 | ev-charging
e-powertrain | electric powertrain; e-axle; traction motor; electric motor; drive unit | 전동화 파워트레인; 구동모터; 전기 모터; 이액슬; 구동 모터 | ev
inverter | inverter; traction inverter; EV inverter; onboard charger; OBC | 인버터; 전기차 인버터; 차량용 인버터; 온보드 충전기 | e-powertrain power-semiconductor
thermal-management | thermal management; heat pump; battery cooling; thermal management system | 열관리; 열관리 시스템; 히트펌프; 배터리 냉각 | ev
autonomous-driving | autonomous driving; self-driving; autonomous vehicle; AV; driverless; autonomous vehicles | 자율주행; 자율 주행; 자율주행차; 무인 주행; 자율주행 차량 | mobility
adas | ADAS; advanced driver assistance; driver assistance system | 첨단운전자보조시스템; 운전자 보조; 운전자보조 시스템 | autonomous-driving
robotaxi | robotaxi; robo-taxi; autonomous ride-hailing | 로보택시; 자율주행 택시 | autonomous-driving
autonomous-shuttle | autonomous shuttle; autonomous bus; driverless shuttle | 자율주행 셔틀; 자율주행 버스 | autonomous-driving
autonomous-truck | autonomous trucking; self-driving truck; platooning | 자율주행 트럭; 군집주행 | autonomous-driving
perception | perception; perception stack; object detection for driving; driving perception | 인지 기술; 자율주행 인지; 객체 인식 | autonomous-driving computer-vision
sensor-fusion | sensor fusion; multi-sensor fusion | 센서 퓨전; 센서퓨전; 센서 융합 | perception
lidar | lidar; LiDAR; laser radar; solid-state lidar; FMCW lidar | 라이다; 라이더 센서; 레이저 레이더 | perception
radar | radar; automotive radar; 4D imaging radar; mmWave radar; imaging radar | 레이더; 차량용 레이더; 4D 이미징 레이더; 4D 레이더 | perception
automotive-camera | automotive camera; surround view; camera module; driver monitoring | 차량용 카메라; 서라운드뷰; 카메라 모듈; 운전자 모니터링 | perception
hd-map | HD map; high-definition map; precise map | 정밀지도; 정밀 지도; HD맵; 측위 | autonomous-driving
path-planning | path planning; motion planning; driving policy; end-to-end driving | 경로 계획; 경로계획; 주행 판단; 엔드투엔드 자율주행 | autonomous-driving
simulation-av | driving simulation; scenario simulation; autonomous driving simulator; virtual validation | 주행 시뮬레이션; 자율주행 시뮬레이터; 가상 검증; 시나리오 시뮬레이션 | autonomous-driving simulation
sdv | software-defined vehicle; SDV; vehicle operating system; vehicle OS | 소프트웨어 중심 자동차; 소프트웨어 정의 차량; 차량 운영체제 | connected-car
ota | OTA; over-the-air update; over-the-air | 무선 업데이트; 차량 OTA; 무선 소프트웨어 업데이트 | sdv
connected-car | connected car; connected vehicle; telematics | 커넥티드카; 커넥티드 카; 텔레매틱스 | mobility
v2x | V2X; vehicle-to-everything; C-V2X; V2V | 차량사물통신; 차량 통신; 차량간 통신 | connected-car
in-vehicle-network | in-vehicle network; CAN bus; automotive Ethernet; zonal architecture | 차량 네트워크; 차량용 이더넷; 존 아키텍처; 차량 내 네트워크 | connected-car
vehicle-cybersecurity | automotive cybersecurity; vehicle security; ISO 21434; UN R155 | 차량 보안; 자동차 사이버보안; 차량 사이버보안 | connected-car cybersecurity
automotive-electronics | automotive electronics; vehicle electronics; ECU; electronic control unit | 전장; 자동차 전장; 전자제어장치; 전장부품 | mobility
infotainment | infotainment; in-vehicle infotainment; cockpit; digital cockpit; HUD | 인포테인먼트; 디지털 콕핏; 헤드업 디스플레이; 차량 디스플레이 | automotive-electronics
uam | UAM; urban air mobility; AAM; advanced air mobility | 도심항공교통; 도심 항공 모빌리티; 도심항공모빌리티; 미래항공모빌리티 | mobility air-mobility
evtol | eVTOL; electric vertical take-off and landing; air taxi; flying car | 전기 수직이착륙기; 수직이착륙기; 에어택시; 플라잉카 | uam
vertiport | vertiport; UAM infrastructure | 버티포트; 이착륙장 | uam
mobility-platform | mobility platform; MaaS; mobility as a service; ride-hailing; car sharing; ride sharing | 모빌리티 플랫폼; 통합 모빌리티 서비스; 차량 공유; 카셰어링; 호출 서비스 | mobility
fleet-management | fleet management; fleet operations; fleet electrification | 차량 관제; 플릿 관리; 차량 운영 관리; 플릿 | mobility-platform
logistics | logistics; freight; supply chain logistics; delivery | 물류; 화물; 배송; 운송 물류 | mobility
last-mile-delivery | last-mile delivery; last mile; robot delivery | 라스트마일; 라스트마일 배송; 배송 로봇; 로봇 배송 | logistics
drone-delivery | drone delivery; delivery drone | 드론 배송; 배송 드론 | last-mile-delivery drone
rail | railway; rail; high-speed rail; hyperloop; urban rail | 철도; 고속철도; 도시철도; 하이퍼루프 | mobility
maritime-mobility | electric ship; electric ferry; waterborne mobility | 전기추진 선박; 전기 선박; 해상 모빌리티; 스마트십 | mobility maritime
smart-city | smart city; smart cities; smart mobility; intelligent transport system; ITS; traffic management | 스마트시티; 스마트 시티; 지능형교통체계; 교통 관제; 스마트 모빌리티 | mobility
automotive-oem | automotive OEM; carmaker; automaker; OEMs | 완성차; 완성차 업체; 자동차 제조사; 완성차 OEM | mobility
auto-parts | automotive parts; auto parts; tier 1 supplier; auto supplier | 자동차 부품; 차량 부품; 부품사; 자동차부품 | automotive-oem
lightweight-materials | lightweight materials; carbon fiber composite; aluminum body; lightweighting | 경량 소재; 경량화; 탄소섬유 복합재; 알루미늄 차체 | auto-parts
tire-chassis | tire; chassis; brake-by-wire; steer-by-wire; suspension | 타이어; 섀시; 전자식 브레이크; 전자식 조향; 서스펜션 | auto-parts
hydrogen-mobility | hydrogen mobility; hydrogen refueling for vehicles | 수소 모빌리티; 수소모빌리티 | fcev
parking | smart parking; parking automation; automated valet parking | 스마트 주차; 자동 주차; 주차 관제 | smart-city
mobility-data | mobility data; vehicle data; driving data; traffic data | 모빌리티 데이터; 차량 데이터; 주행 데이터; 교통 데이터 | mobility
ev-platform | EV platform; skateboard platform; purpose-built vehicle; PBV | 전기차 플랫폼; 스케이트보드 플랫폼; 목적기반차량 | ev
battery-swap-two-wheeler | electric motorcycle; electric two-wheeler | 전기 이륜차; 전기 오토바이; 전기이륜차 | micromobility
charging-payment | charging payment; roaming for EV charging; charging app | 충전 결제; 충전 로밍; 충전 앱 | ev-charging
autonomous-parking-robot | parking robot; EV charging robot | 주차 로봇; 충전 로봇 | parking
mobility-insurance | usage-based insurance; driving score | 운전 습관 보험; 운전 점수 | mobility-data
`,
};
