import type { ConceptSheet } from '../concept.types';

/** Clean energy: hydrogen, renewables, storage, grids, carbon and industrial decarbonisation. */
export const CLEAN_ENERGY: ConceptSheet = {
  sector: 'clean-energy',
  lines: `
clean-energy | clean energy; clean tech; cleantech; climate tech; green energy | 친환경 에너지; 청정에너지; 클린에너지; 기후테크; 클린테크
carbon-neutrality | carbon neutrality; net zero; net-zero; decarbonization; decarbonisation; emission reduction; emissions reduction; carbon reduction | 탄소중립; 탄소 중립; 넷제로; 탈탄소; 탈탄소화; 탄소 배출 저감; 탄소 감축; 온실가스 감축; 탄소 저감 | clean-energy
renewable-energy | renewable energy; renewables; renewable power | 재생에너지; 신재생에너지; 재생 에너지; 신재생 에너지 | clean-energy
solar | solar; solar power; photovoltaic; PV; solar energy | 태양광; 태양광 발전; 태양 에너지 | renewable-energy
solar-cell | solar cell; PV cell; solar module; PV module; high-efficiency PV module | 태양전지; 태양광 모듈; 태양광 셀; 고효율 태양광 모듈 | solar
perovskite | perovskite; perovskite solar cell; perovskite tandem | 페로브스카이트; 페로브스카이트 태양전지 | solar-cell
tandem-solar | tandem solar cell; perovskite-silicon tandem | 탠덤 태양전지; 텐덤 태양전지 | solar-cell
agrivoltaics | agrivoltaics; floating solar; BIPV; building-integrated photovoltaics | 영농형 태양광; 수상 태양광; 건물일체형 태양광 | solar
wind | wind power; wind energy; wind turbine | 풍력; 풍력발전; 풍력 발전; 풍력 터빈 | renewable-energy
offshore-wind | offshore wind; floating offshore wind; offshore wind foundation | 해상풍력; 해상 풍력; 부유식 해상풍력; 해상풍력 하부구조 | wind
geothermal | geothermal; geothermal energy | 지열; 지열 발전 | renewable-energy
ocean-energy | ocean energy; tidal power; wave energy | 해양에너지; 조력 발전; 파력 발전 | renewable-energy
bioenergy | bioenergy; biomass; biogas; biofuel; waste-to-energy | 바이오에너지; 바이오매스; 바이오가스; 바이오연료; 폐기물 에너지화 | renewable-energy
saf | sustainable aviation fuel; SAF; e-fuel; synthetic fuel | 지속가능항공유; 지속가능 항공유; 이퓨얼; 합성연료 | bioenergy
hydrogen | hydrogen; hydrogen economy; hydrogen energy | 수소; 수소경제; 수소 에너지 | clean-energy
green-hydrogen | green hydrogen; renewable hydrogen; clean hydrogen | 그린수소; 그린 수소; 청정수소 | hydrogen
blue-hydrogen | blue hydrogen; turquoise hydrogen; methane pyrolysis | 블루수소; 청록수소; 메탄 열분해 | hydrogen
electrolyzer | electrolyzer; electrolyser; water electrolysis; electrolysis stack; electrolyzer stack | 수전해; 수전해 스택; 수전해 장치; 물 전기분해 | green-hydrogen
pem-electrolyzer | PEM electrolyzer; PEMEC | 고분자전해질막 수전해; PEM 수전해 | electrolyzer
aem-electrolyzer | AEM electrolyzer; anion exchange membrane; alkaline electrolyzer | 음이온교환막 수전해; AEM 수전해; 알카라인 수전해 | electrolyzer
soec | SOEC; solid oxide electrolysis | 고체산화물 수전해 | electrolyzer
fuel-cell | fuel cell; fuel cells; hydrogen fuel cell | 연료전지; 수소 연료전지; 수소연료전지 | hydrogen
pemfc | PEMFC; PEM fuel cell; proton exchange membrane fuel cell | 고분자전해질 연료전지; PEM 연료전지 | fuel-cell
sofc | SOFC; solid oxide fuel cell | 고체산화물 연료전지 | fuel-cell
catalyst | catalyst; electrocatalyst; iridium catalyst; platinum catalyst; PGM-free catalyst | 촉매; 전극 촉매; 백금 촉매; 이리듐 촉매; 비백금 촉매 | hydrogen
membrane | ion exchange membrane; membrane electrode assembly; MEA; membrane | 분리막 전극; 막전극접합체; 이온교환막 | fuel-cell electrolyzer
hydrogen-storage | hydrogen storage; liquid hydrogen; LOHC; hydrogen tank; compressed hydrogen | 수소 저장; 액화수소; 액상유기수소운반체; 수소 탱크; 수소저장 | hydrogen
hydrogen-refueling | hydrogen refueling station; hydrogen refuelling station | 수소충전소; 수소 충전소 | hydrogen
ammonia | ammonia; green ammonia; ammonia cracking; ammonia fuel | 암모니아; 그린암모니아; 암모니아 크래킹; 암모니아 분해 | hydrogen
energy-storage | energy storage; ESS; energy storage system; grid-scale storage; BESS; battery storage; battery energy storage | 에너지저장장치; 에너지 저장; 에너지저장시스템; 에너지 저장 장치; 배터리 저장; 배터리 에너지저장 | clean-energy
long-duration-storage | long-duration energy storage; LDES; flow battery; redox flow battery; vanadium flow battery | 장주기 에너지저장; 장주기 ESS; 흐름전지; 레독스 흐름전지; 바나듐 흐름전지 | energy-storage
thermal-storage | thermal energy storage; heat storage; molten salt storage | 열에너지 저장; 축열; 용융염 저장 | energy-storage
ess-control | ESS control; energy management system; EMS; battery energy management | 에너지관리시스템; ESS 제어; 에너지 관리 시스템 | energy-storage
power-grid | power grid; electric grid; electricity grid; grid; transmission and distribution | 전력망; 전력계통; 계통; 송배전; 전력 계통 | clean-energy
smart-grid | smart grid; grid modernization; grid edge | 스마트그리드; 스마트 그리드; 지능형 전력망 | power-grid
grid-integration | grid integration; grid connection; renewable integration; curtailment | 계통 연계; 계통연계; 재생에너지 계통 연계; 출력제한 | power-grid
vpp | virtual power plant; VPP; distributed energy resources; DER; demand response | 가상발전소; 분산에너지; 분산전원; 수요반응; 수요자원 | smart-grid
microgrid | microgrid; micro grid; off-grid power | 마이크로그리드; 독립형 전력망 | smart-grid
hvdc | HVDC; high-voltage direct current; power transmission cable; submarine cable | 초고압직류송전; 고압직류송전; 해저 전력케이블; 전력 케이블 | power-grid
power-trading | power trading; electricity market; PPA; power purchase agreement; RE100 | 전력거래; 전력 거래; 전력구매계약; 재생에너지 전력구매 | power-grid
energy-efficiency | energy efficiency; energy saving; energy management; energy optimization | 에너지 효율; 에너지효율; 에너지 절감; 에너지 최적화 | clean-energy
building-energy | building energy management; BEMS; smart building energy; HVAC optimization | 건물 에너지 관리; 건물에너지관리시스템; 냉난방 최적화; 건물 에너지 | energy-efficiency
factory-energy | factory energy management; FEMS; industrial energy efficiency | 공장 에너지 관리; 공장에너지관리시스템; 산업 에너지 효율 | energy-efficiency
heat-pump-energy | industrial heat pump; waste heat recovery; district heating | 산업용 히트펌프; 폐열 회수; 지역난방; 폐열회수 | energy-efficiency
ccus | CCUS; carbon capture; carbon capture and storage; CCS; carbon capture utilization and storage | 탄소포집; 탄소 포집; 탄소포집활용저장; 이산화탄소 포집; 탄소 포집·저장 | carbon-neutrality
dac | direct air capture; DAC | 직접공기포집; 대기 중 탄소 포집 | ccus
carbon-utilization | carbon utilization; CO2 conversion; CO2 to chemicals; CCU | 탄소 활용; 이산화탄소 전환; CO2 전환; 탄소자원화 | ccus
carbon-sorbent | carbon capture sorbent; CO2 adsorbent; absorbent; MOF | 흡착제; 이산화탄소 흡착제; 탄소포집 흡착제; 흡수제 | ccus
carbon-accounting | carbon accounting; emissions measurement; GHG accounting; MRV; scope 3 | 탄소회계; 탄소 배출량 측정; 온실가스 산정; 탄소 배출 관리; 스코프 3 | carbon-neutrality esg
carbon-credit | carbon credit; carbon market; carbon offset; emissions trading; ETS | 탄소배출권; 탄소 배출권; 탄소시장; 탄소 크레딧; 배출권 거래 | carbon-neutrality
industrial-decarbonization | industrial decarbonization; green steel; hydrogen steelmaking; low-carbon cement | 산업 탈탄소; 그린 철강; 수소환원제철; 저탄소 시멘트 | carbon-neutrality
steel-petrochemical | steel and petrochemical plants; steel mill; petrochemical; refinery | 제철; 석유화학; 정유; 철강; 제철소 | industrial-decarbonization
circular-economy | circular economy; recycling; upcycling; resource circulation | 순환경제; 재활용; 자원순환; 업사이클링 | clean-energy
plastic-recycling | plastic recycling; chemical recycling; pyrolysis oil; biodegradable plastic; bioplastic | 플라스틱 재활용; 화학적 재활용; 열분해유; 생분해 플라스틱; 바이오플라스틱 | circular-economy
critical-minerals | critical minerals; lithium extraction; DLE; rare earth; nickel refining | 핵심광물; 리튬 추출; 희토류; 니켈 정제; 핵심 광물 | circular-economy battery-materials
water-treatment | water treatment; wastewater treatment; desalination; water purification | 수처리; 폐수처리; 해수담수화; 하수처리 | clean-energy
utilities | utilities; power company; power generation company | 발전사; 전력회사; 발전 공기업; 한국전력; 한전 | power-grid
power-electronics-energy | power conversion system; PCS; solar inverter; grid inverter; power conversion; power converter | 전력변환장치; 태양광 인버터; 계통 인버터; 전력변환; 전력 변환 | power-grid
transformer | power transformer; solid-state transformer | 변압기; 전력 변압기; 반도체 변압기 | power-grid
energy-ai | AI for energy; energy forecasting; renewable forecasting; load forecasting | 에너지 AI; 발전량 예측; 전력 수요 예측; 재생에너지 예측 | energy-efficiency ai
smart-meter | smart meter; AMI; advanced metering infrastructure | 스마트미터; 원격검침; 지능형 계량 인프라 | smart-grid
natural-gas-lng | LNG; natural gas; liquefied natural gas; LNG bunkering | 액화천연가스; 천연가스; LNG 벙커링 | clean-energy
esg-energy | ESG in energy; climate disclosure; TCFD | 기후공시; 기후 공시; 기후 리스크 공시 | esg
heat-electrification | electrification of heat; electric boiler; induction heating | 열 전기화; 전기보일러; 유도가열 | energy-efficiency
hydrogen-pipeline | hydrogen pipeline; hydrogen transport; hydrogen distribution | 수소 배관; 수소 운송; 수소 유통; 수소 배관망 | hydrogen
hydrogen-turbine | hydrogen turbine; hydrogen co-firing; ammonia co-firing | 수소 터빈; 수소 혼소; 암모니아 혼소 | hydrogen
clean-hydrogen-cert | clean hydrogen certification; hydrogen certification | 청정수소 인증; 청정수소 발전 | green-hydrogen certification
solar-recycling | solar panel recycling; PV recycling | 태양광 폐패널; 폐패널 재활용; 태양광 패널 재활용 | circular-economy solar
solar-om | solar O&M; PV monitoring; solar asset management | 태양광 운영관리; 태양광 발전소 관리; 태양광 모니터링 | solar
wind-om | wind turbine inspection; blade inspection; wind farm O&M | 풍력 유지보수; 블레이드 점검; 풍력단지 운영 | wind
ev-battery-ess | battery energy storage for EV charging; charging with storage | 충전 연계 ESS; 충전용 ESS | energy-storage ev-charging
grid-stability | grid stability; frequency regulation; inertia; grid-forming inverter | 계통 안정화; 주파수 조정; 관성; 그리드 포밍 | power-grid
methane-reduction | methane emissions; methane detection; leak detection | 메탄 배출; 메탄 감지; 누출 감지 | carbon-neutrality
climate-adaptation | climate adaptation; climate risk; flood prediction | 기후 적응; 기후 리스크; 홍수 예측 | carbon-neutrality
`,
};
