import type { ConceptSheet } from '../concept.types';

/** Next-generation nuclear: reactor types, fuel cycle, fusion, safety, decommissioning and radiation uses. */
export const NEXT_GEN_NUCLEAR: ConceptSheet = {
  sector: 'next-gen-nuclear',
  lines: `
nuclear | nuclear; nuclear energy; nuclear power; atomic energy | 원자력; 원전; 원자력 발전; 원자력발전
nuclear-power-plant | nuclear power plant; NPP; nuclear plant | 원자력발전소; 원자력 발전소; 원전 건설 | nuclear
reactor | nuclear reactor; reactor; reactor design | 원자로; 원자로 설계 | nuclear
smr | SMR; small modular reactor; small modular reactors; SMRs | 소형모듈원자로; 소형 모듈 원자로; 소형원자로; 소형 원전; i-SMR | reactor
micro-reactor | microreactor; micro reactor; micro modular reactor; MMR | 초소형 원자로; 마이크로 원자로; 초소형원자로 | smr
advanced-reactor | advanced reactor; Gen IV reactor; fourth-generation reactor; non-light-water reactor | 차세대 원자로; 4세대 원자로; 비경수로; 선진 원자로 | reactor
sfr | sodium-cooled fast reactor; SFR; fast reactor; fast neutron reactor | 소듐냉각고속로; 고속로; 소듐 고속로 | advanced-reactor
msr | molten salt reactor; MSR; molten salt | 용융염원자로; 용융염 원자로 | advanced-reactor
htgr | high-temperature gas-cooled reactor; HTGR; VHTR; pebble bed reactor | 고온가스로; 초고온가스로; 고온 가스로 | advanced-reactor
lead-cooled | lead-cooled fast reactor; LFR | 납냉각고속로; 납 냉각 고속로 | advanced-reactor
lwr | light water reactor; LWR; PWR; pressurized water reactor; APR1400 | 경수로; 가압경수로; 가압 경수로 | reactor
nuclear-hydrogen | nuclear hydrogen; pink hydrogen; nuclear-powered hydrogen production | 원자력 수소; 핑크수소; 원전 수소 | hydrogen nuclear
nuclear-heat | nuclear process heat; nuclear district heating; nuclear desalination | 원자력 열이용; 원전 열공급; 원자력 해수담수화 | nuclear
marine-nuclear | nuclear-powered ship; marine nuclear propulsion; floating nuclear power plant | 원자력 추진선; 해상 원전; 부유식 원전 | smr shipbuilding
nuclear-fuel | nuclear fuel; fuel assembly; fuel rod | 핵연료; 원전 연료; 핵연료 집합체; 연료봉 | nuclear-fuel-cycle
haleu | HALEU; high-assay low-enriched uranium; uranium enrichment | 고순도 저농축 우라늄; 저농축 우라늄; 우라늄 농축; 농축 우라늄 | nuclear-fuel
accident-tolerant-fuel | accident tolerant fuel; ATF | 사고저항성 핵연료; 사고 저항성 연료 | nuclear-fuel
triso | TRISO fuel; TRISO | 삼중피복 입자핵연료; 트리소 핵연료 | nuclear-fuel htgr
thorium | thorium; thorium fuel cycle | 토륨; 토륨 핵연료 | nuclear-fuel
nuclear-fuel-cycle | nuclear fuel cycle; fuel cycle; reprocessing; pyroprocessing | 핵연료주기; 핵연료 주기; 재처리; 파이로프로세싱 | nuclear
spent-fuel | spent nuclear fuel; spent fuel; used fuel; dry storage; interim storage | 사용후핵연료; 사용후 핵연료; 건식저장; 중간저장 | nuclear-fuel-cycle radioactive-waste
radioactive-waste | radioactive waste; nuclear waste; radwaste; low-level waste; deep geological repository | 방사성폐기물; 방사성 폐기물; 핵폐기물; 고준위 방사성폐기물; 중저준위 방폐물; 방폐장 | nuclear-fuel-cycle
decommissioning | nuclear decommissioning; decommissioning; dismantling; decontamination | 원전 해체; 원전해체; 제염; 원자력시설 해체 | nuclear
nuclear-safety | nuclear safety; reactor safety; passive safety; safety analysis | 원자력 안전; 원전 안전; 피동안전; 안전해석; 피동 안전 | nuclear
digital-io-nuclear | nuclear instrumentation and control; I&C; digital I&C; MMIS | 원전 계측제어; 계측제어; 디지털 계측제어; 원전 MMIS | nuclear-safety
nuclear-digital-twin | nuclear digital twin; plant simulation; reactor simulation | 원전 디지털트윈; 원자로 시뮬레이션; 원전 시뮬레이터 | digital-twin nuclear
nuclear-ai | AI for nuclear; predictive maintenance for nuclear plants; plant monitoring | 원전 AI; 원전 예측정비; 원전 감시 | nuclear predictive-maintenance
nuclear-components | nuclear components; reactor vessel; steam generator; reactor coolant pump | 원전 기자재; 원자로 용기; 증기발생기; 원자로 냉각재 펌프; 원전 부품 | nuclear-power-plant
nuclear-materials | nuclear materials; zirconium alloy; cladding; radiation-resistant materials | 원자력 소재; 지르코늄 합금; 피복관; 내방사선 소재 | nuclear-fuel
nuclear-robot | nuclear robot; remote handling; hot cell; robots for decommissioning | 원전 로봇; 원격 취급; 핫셀; 해체 로봇 | decommissioning robot
radiation-detection | radiation detection; radiation detector; dosimetry; radiation monitoring; gamma spectroscopy; radiation sensor; radiation measurement | 방사선 검출; 방사선 검출기; 선량 측정; 방사선 감시; 방사선 계측; 방사선 측정; 방사선 센서 | nuclear-safety
radiation-shielding | radiation shielding; shielding material | 방사선 차폐; 차폐재; 차폐 소재 | nuclear-safety
radioisotope | radioisotope; medical isotope; Mo-99; Lu-177; radiopharmaceutical | 방사성동위원소; 의료용 동위원소; 방사성의약품; 동위원소 | nuclear
radiation-application | radiation application; radiation technology; irradiation; electron beam; non-destructive testing | 방사선 이용; 방사선 기술; 방사선 조사; 전자빔; 비파괴검사 | nuclear
proton-therapy | proton therapy; heavy ion therapy; BNCT; boron neutron capture therapy; radiation therapy | 양성자 치료; 중입자 치료; 붕소중성자포획치료; 방사선 치료; 방사선치료 | radiation-application oncology
research-reactor | research reactor; neutron source; neutron beam | 연구용 원자로; 연구로; 중성자원; 중성자 빔 | reactor
accelerator | particle accelerator; linear accelerator; LINAC; cyclotron | 입자가속기; 선형가속기; 사이클로트론 | radiation-application
fusion | nuclear fusion; fusion energy; fusion power; fusion reactor | 핵융합; 핵융합 에너지; 핵융합로; 핵융합 발전 | nuclear
tokamak | tokamak; KSTAR; ITER; stellarator | 토카막; 스텔러레이터 | fusion
plasma | plasma physics; plasma confinement; plasma heating; fusion plasma | 핵융합 플라즈마; 플라즈마 가둠; 플라즈마 가열 | fusion
fusion-magnet | HTS magnet; high-temperature superconducting magnet; superconducting magnet; REBCO | 고온초전도 자석; 초전도 자석; 초전도 선재; 고온초전도 선재 | fusion superconductor
fusion-materials | plasma-facing materials; tritium breeding; blanket; divertor; tritium | 플라즈마 대향 소재; 삼중수소 증식; 블랭킷; 디버터; 삼중수소 | fusion
inertial-fusion | inertial confinement fusion; laser fusion | 관성핵융합; 레이저 핵융합 | fusion
nuclear-export | nuclear export; nuclear EPC; reactor export | 원전 수출; 원전 EPC; 원전수출 | nuclear-power-plant
nuclear-licensing | nuclear licensing; NRC; NSSC; design certification; standard design approval | 원자력 인허가; 원안위; 원자력안전위원회; 표준설계인가; 설계인증 | nuclear-safety regulatory-approval
nuclear-security | nuclear security; safeguards; nonproliferation; physical protection | 핵안보; 안전조치; 핵비확산; 물리적 방호 | nuclear-safety
uranium-mining | uranium; uranium mining; yellowcake | 우라늄; 우라늄 채굴; 옐로케이크 | nuclear-fuel-cycle
heavy-water | heavy water; deuterium; CANDU; PHWR | 중수; 중수로; 가압중수로 | lwr
coolant | reactor coolant; coolant chemistry; primary coolant | 냉각재; 원자로 냉각재; 냉각재 화학 | reactor
thermal-hydraulics | thermal hydraulics; CFD for reactors; heat transfer analysis | 열수력; 열수력 해석; 열전달 해석 | nuclear-safety
neutronics | neutronics; reactor physics; core design; Monte Carlo transport | 노심 설계; 원자로 물리; 중성자 해석; 노심설계 | reactor
seismic-nuclear | seismic analysis; seismic qualification; earthquake resistance | 내진; 내진 검증; 내진 설계 | nuclear-safety
nuclear-welding | nuclear-grade welding; cladding welding; in-service inspection; ISI | 원전 용접; 가동중검사; 원전 검사 | nuclear-components
emergency-preparedness | emergency preparedness; severe accident; hydrogen recombiner | 비상대응; 중대사고; 수소재결합기; 피동촉매형 수소재결합기 | nuclear-safety
nuclear-supply-chain | nuclear supply chain; nuclear ecosystem; nuclear SMEs | 원전 생태계; 원전 공급망; 원자력 공급망 | nuclear
radiation-sterilization | radiation sterilization; food irradiation; gamma sterilization | 방사선 멸균; 식품 조사; 감마선 멸균 | radiation-application
nuclear-battery | nuclear battery; radioisotope battery; betavoltaic; RTG | 원자력 전지; 베타전지; 방사성동위원소 전지; 핵전지 | radioisotope
isotope-production | isotope production; target irradiation | 동위원소 생산; 표적 조사 | radioisotope
nuclear-data-center | nuclear-powered data center; SMR for data centers | 원전 데이터센터; SMR 데이터센터 | smr data-center
nuclear-waste-treatment | waste vitrification; volume reduction; liquid waste treatment | 유리화; 폐기물 감용; 액체폐기물 처리 | radioactive-waste
nuclear-cybersecurity | nuclear cybersecurity; plant cybersecurity | 원전 사이버보안; 원자력 사이버보안 | nuclear-safety ot-security
nuclear-3d-printing | additive manufacturing for nuclear; nuclear-grade 3D printing | 원전 부품 3D 프린팅; 원자력 적층제조 | nuclear-components
smr-construction | modular construction; factory-built reactor module | 모듈화 건설; 모듈 제작; 모듈형 건설 | smr
nuclear-steam-cycle | steam turbine; turbine generator | 증기터빈; 터빈 발전기 | nuclear-power-plant
nuclear-water-chemistry | water chemistry; corrosion monitoring | 수화학; 부식 감시; 부식 모니터링 | coolant
nuclear-training | nuclear workforce; operator training; simulator training | 원자력 인력; 운전원 교육; 원전 인력 양성 | nuclear-supply-chain
nuclear-policy | nuclear policy; nuclear renaissance; nuclear restart | 원전 정책; 원전 생태계 복원; 원자력 르네상스 | nuclear
tritium-handling | tritium handling; tritium removal | 삼중수소 처리; 삼중수소 제거 | fusion-materials
`,
};
