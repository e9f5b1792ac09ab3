import type { ConceptSheet } from '../concept.types';

/** System semiconductors: design, devices, memory, packaging, process, equipment and materials. */
export const SYSTEM_SEMICONDUCTOR: ConceptSheet = {
  sector: 'system-semiconductor',
  lines: `
semiconductor | semiconductor; semiconductors; chip; chips; microchip; integrated circuit | 반도체; 집적회로
system-semiconductor | system semiconductor; system LSI; logic semiconductor; non-memory semiconductor | 시스템반도체; 시스템 반도체; 비메모리 반도체; 비메모리 | semiconductor
fabless | fabless; fabless chip design; fabless company | 팹리스; 팹리스 기업 | chip-design
foundry | foundry; semiconductor foundry; contract chip manufacturing | 파운드리; 반도체 위탁생산 | semiconductor-manufacturing
design-house | design house; design service partner | 디자인하우스; 디자인 하우스 | chip-design
chip-design | chip design; IC design; VLSI design; semiconductor design | 반도체 설계; 칩 설계; 회로 설계 | semiconductor
soc | SoC; system on chip; system-on-a-chip | 시스템온칩; 에스오씨 | chip-design
asic | ASIC; application-specific integrated circuit; custom silicon | 주문형 반도체; 에이직 | chip-design
fpga | FPGA; field-programmable gate array | 프로그래머블 반도체; 에프피지에이 | chip-design
semiconductor-ip | semiconductor IP; silicon IP; IP core; design IP | 반도체 설계자산; 설계자산; 반도체 IP | chip-design
risc-v | RISC-V; RISC V core; open instruction set | 리스크파이브; RISC-V 코어 | cpu-core
cpu-core | CPU core; processor core; CPU; microprocessor | 프로세서 코어; 중앙처리장치; 마이크로프로세서 | chip-design
arm-core | Arm core; ARM architecture; Arm Cortex | 암 코어; ARM 코어 | cpu-core
gpu | GPU; graphics processing unit; GPGPU | 그래픽처리장치; 그래픽 처리장치 | ai-chip
ai-chip | AI chip; AI accelerator; AI semiconductor; neural accelerator; deep learning accelerator | AI 반도체; AI 칩; 인공지능 반도체; AI 가속기; 인공지능 칩 | system-semiconductor
npu | NPU; neural processing unit; neural processor | 신경망처리장치; 신경망 처리장치; 엔피유 | ai-chip
inference-chip | inference chip; inference accelerator; AI inference chip | 추론 칩; 추론용 반도체; 추론 가속기 | ai-chip
training-chip | AI training chip; training accelerator | 학습용 반도체; 학습용 AI 칩 | ai-chip
on-device-ai-chip | on-device AI chip; edge AI chip; edge AI SoC; edge AI accelerator | 온디바이스 AI 칩; 엣지 AI 칩; 온디바이스 AI 반도체; 엣지 AI 반도체 | ai-chip on-device-ai
neuromorphic-chip | neuromorphic chip; neuromorphic computing; spiking neural network chip; neuromorphic | 뉴로모픽 반도체; 뉴로모픽 칩; 뉴로모픽; 뉴로모픽 컴퓨팅 | ai-chip
pim | processing-in-memory; PIM; in-memory computing; compute-in-memory; CIM | 프로세싱인메모리; 지능형 메모리; 인메모리 컴퓨팅; 메모리 내 연산 | ai-chip memory-semiconductor
memory-semiconductor | memory semiconductor; memory chip; memory | 메모리 반도체; 메모리반도체; 메모리 | semiconductor
dram | DRAM; dynamic random-access memory; DDR5; LPDDR | 디램; D램 | memory-semiconductor
hbm | HBM; high-bandwidth memory; HBM3; HBM3E; HBM4; stacked DRAM | 고대역폭 메모리; 고대역폭메모리; 에이치비엠 | dram
nand-flash | NAND flash; NAND; flash memory; 3D NAND; SSD controller | 낸드플래시; 낸드 플래시; 낸드; 플래시 메모리 | memory-semiconductor
cxl | CXL; Compute Express Link; memory pooling | 씨엑스엘; CXL 메모리 | memory-semiconductor interconnect
mram | MRAM; magnetoresistive RAM; STT-MRAM; ReRAM; PCM memory; emerging memory | 차세대 메모리; 엠램; 저항변화메모리 | memory-semiconductor
power-semiconductor | power semiconductor; power device; power electronics chip; power IC | 전력반도체; 전력 반도체; 파워반도체; 전력소자 | semiconductor
sic | SiC; silicon carbide; SiC MOSFET; SiC power device | 실리콘카바이드; 탄화규소; SiC 전력반도체 | power-semiconductor wide-bandgap
gan | GaN; gallium nitride; GaN HEMT; GaN power device | 질화갈륨; GaN 전력반도체 | power-semiconductor wide-bandgap
ga2o3 | gallium oxide; Ga2O3 | 산화갈륨 | wide-bandgap
wide-bandgap | wide bandgap; wide-bandgap semiconductor; WBG; compound semiconductor | 와이드밴드갭; 화합물 반도체; 화합물반도체 | power-semiconductor
igbt | IGBT; insulated-gate bipolar transistor | 절연 게이트 양극성 트랜지스터 | power-semiconductor
power-module | power module; power conversion module; high-efficiency power module | 전력 모듈; 파워모듈; 전력모듈 | power-semiconductor
pmic | PMIC; power management IC; power management integrated circuit | 전력관리반도체; 전력관리 IC; 전력관리칩 | power-semiconductor analog-chip
analog-chip | analog semiconductor; analog IC; mixed-signal IC; analog chip; mixed signal | 아날로그 반도체; 아날로그 IC; 혼성신호 | chip-design
rf-chip | RF chip; RF IC; RFIC; radio frequency semiconductor; RF front-end; mmWave chip | RF 반도체; 고주파 반도체; 무선 주파수 칩; RF 칩 | analog-chip
display-driver-ic | display driver IC; DDI; display driver | 디스플레이 구동칩; 디스플레이 구동 IC; 구동칩 | analog-chip
image-sensor | image sensor; CMOS image sensor; CIS; image sensor ISP | 이미지센서; 이미지 센서; CMOS 이미지센서 | sensor-chip
isp | image signal processor; image signal processing | 이미지 신호처리; 이미지 신호 프로세서 | image-sensor
sensor-chip | sensor chip; sensor IC; smart sensor | 센서 반도체; 센서 칩; 스마트 센서 | semiconductor
mems | MEMS; micro-electro-mechanical systems; MEMS sensor | 멤스; 미세전자기계시스템; MEMS 센서 | sensor-chip
automotive-semiconductor | automotive semiconductor; automotive chip; automotive-grade chip; AEC-Q100 | 차량용 반도체; 차량용반도체; 자동차 반도체; 전장 반도체 | semiconductor
mcu | MCU; microcontroller; microcontroller unit; automotive MCU | 마이크로컨트롤러; 엠씨유; 차량용 MCU | automotive-semiconductor cpu-core
chiplet | chiplet; chiplets; die-to-die; UCIe; multi-die | 칩렛; 칩렛 구조; 다이투다이 | advanced-packaging
advanced-packaging | advanced packaging; semiconductor packaging; heterogeneous integration; semiconductor back-end; back-end packaging; OSAT | 첨단 패키징; 반도체 패키징; 이종집적; 후공정 패키징; 패키징; 후공정; 반도체 후공정 | semiconductor-manufacturing
2-5d-packaging | 2.5D packaging; interposer; silicon interposer; CoWoS | 2.5D 패키징; 인터포저; 실리콘 인터포저 | advanced-packaging
3d-packaging | 3D packaging; 3D stacking; TSV; through-silicon via; hybrid bonding | 3D 패키징; 적층 패키징; 실리콘관통전극; 하이브리드 본딩 | advanced-packaging
fan-out | fan-out packaging; FOWLP; FOPLP; wafer-level packaging; WLP | 팬아웃 패키징; 팬아웃; 웨이퍼레벨 패키징; 패널레벨 패키징 | advanced-packaging
glass-substrate | glass substrate; glass core substrate | 유리기판; 글라스 기판; 유리 기판 | packaging-substrate
packaging-substrate | package substrate; FC-BGA; semiconductor substrate | 패키지 기판; 반도체 기판; FC-BGA 기판 | advanced-packaging
interconnect | interconnect; chip interconnect; SerDes; high-speed interface | 인터커넥트; 고속 인터페이스; 서데스 | chip-design
photonic-chip | silicon photonics; photonic integrated circuit; PIC; optical interconnect; co-packaged optics | 실리콘 포토닉스; 광집적회로; 광 인터커넥트; 광반도체 | interconnect
semiconductor-manufacturing | semiconductor manufacturing; wafer fab; fab; front-end process | 반도체 제조; 반도체 공정; 전공정 | semiconductor
wafer | wafer; silicon wafer; 300mm wafer | 웨이퍼; 실리콘 웨이퍼 | semiconductor-materials
euv | EUV; extreme ultraviolet lithography; EUV lithography | 극자외선; 극자외선 노광; EUV 노광 | lithography
lithography | lithography; photolithography | 노광; 리소그래피; 포토공정; 노광 공정 | semiconductor-manufacturing
photoresist | photoresist; EUV resist | 포토레지스트; 감광액 | semiconductor-materials lithography
etching | etching; dry etch; plasma etch; atomic layer etching | 식각; 건식 식각; 플라즈마 식각; 식각 공정 | semiconductor-manufacturing
deposition | deposition; thin film deposition; CVD; PVD; chemical vapor deposition | 증착; 박막 증착; 화학기상증착; 증착 공정 | semiconductor-manufacturing
ald | ALD; atomic layer deposition | 원자층 증착; 원자층증착 | deposition
cmp | CMP; chemical mechanical polishing; CMP slurry | 화학적 기계적 연마; 연마 공정; CMP 슬러리 | semiconductor-manufacturing
semiconductor-equipment | semiconductor equipment; fab equipment; wafer fab equipment; WFE | 반도체 장비; 반도체 제조장비; 반도체장비 | semiconductor-manufacturing
semiconductor-materials | semiconductor materials; process materials; specialty gases; wet chemicals | 반도체 소재; 반도체 재료; 특수가스; 공정 소재 | semiconductor-manufacturing
metrology-inspection | metrology; wafer inspection; defect inspection; overlay metrology | 계측; 검사 장비; 웨이퍼 검사; 결함 검사; 계측 장비 | semiconductor-equipment
yield-analytics | yield analytics; yield management; yield improvement | 수율 분석; 수율 개선; 수율 관리; 수율 | semiconductor-manufacturing
test-equipment | semiconductor test; ATE; probe card; test socket; burn-in | 반도체 테스트; 프로브카드; 테스트 소켓; 번인; 검사 소켓 | semiconductor-equipment
eda | EDA; electronic design automation; EDA tool; design automation | 전자설계자동화; 설계 자동화; EDA 툴 | chip-design
ai-eda | AI for chip design; AI-driven EDA; ML-based place and route | AI 기반 반도체 설계; AI 설계 자동화 | eda ai
verification | design verification; functional verification; emulation | 설계 검증; 기능 검증; 에뮬레이션 | chip-design
low-power-design | low-power design; ultra-low-power; energy-efficient chip; low power | 저전력 설계; 초저전력; 저전력 | chip-design
finfet-gaa | GAA; gate-all-around; FinFET; nanosheet transistor; advanced node | 게이트올어라운드; 핀펫; 나노시트; 미세공정; 선단공정 | semiconductor-manufacturing
process-node | 3nm; 5nm; 7nm; process node; technology node | 3나노; 5나노; 7나노; 공정 노드 | finfet-gaa
mature-node | mature node; legacy node; 8-inch fab | 레거시 공정; 성숙 공정; 8인치 | semiconductor-manufacturing
datacenter-chip | data center chip; server processor; datacenter accelerator | 데이터센터용 반도체; 서버용 반도체; 데이터센터 반도체 | ai-chip data-center
secure-element | secure element; hardware security module chip; security chip; PUF | 보안칩; 보안 반도체; 물리적 복제방지; 시큐어 엘리먼트 | chip-design hardware-security
optical-sensor-spad | SPAD; single-photon avalanche diode; ToF sensor; time-of-flight sensor | 단일광자 애벌랜치 다이오드; ToF 센서; 비행시간 센서 | sensor-chip
`,
};
