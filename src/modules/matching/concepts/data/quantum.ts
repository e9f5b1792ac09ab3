import type { ConceptSheet } from '../concept.types';

/** Quantum technology: computing platforms, components, software, communication and sensing. */
export const QUANTUM: ConceptSheet = {
  sector: 'quantum',
  lines: `
quantum | quantum technology; quantum technologies; quantum tech; quantum | 양자기술; 양자 기술; 양자
quantum-computing | quantum computing; quantum computer; quantum computers; quantum processor; QPU | 양자컴퓨팅; 양자 컴퓨팅; 양자컴퓨터; 양자 컴퓨터; 양자 프로세서 | quantum
qubit | qubit; qubits; quantum bit | 큐비트; 양자비트; 양자 비트 | quantum-computing
superconducting-qubit | superconducting qubit; superconducting qubits; transmon; superconducting quantum computer | 초전도 큐비트; 초전도큐비트; 트랜스몬; 초전도 양자컴퓨터 | qubit superconductor
trapped-ion | trapped ion; trapped-ion qubit; ion trap; ion-trap quantum computer | 이온트랩; 이온 트랩; 포획 이온; 이온트랩 양자컴퓨터 | qubit
neutral-atom | neutral atom; neutral-atom qubit; Rydberg atom; optical tweezer | 중성원자; 중성 원자; 리드버그 원자; 광집게 | qubit
photonic-qubit | photonic quantum computing; photonic qubit; linear optical quantum computing; photonic quantum computer; photonic quantum computers | 광자 큐비트; 광양자 컴퓨팅; 광자 기반 양자컴퓨터; 광양자 | qubit
spin-qubit | spin qubit; silicon spin qubit; quantum dot qubit | 스핀 큐비트; 실리콘 스핀 큐비트; 양자점 큐비트 | qubit
topological-qubit | topological qubit; Majorana | 위상 큐비트; 마요라나 | qubit
quantum-error-correction | quantum error correction; QEC; fault-tolerant quantum computing; logical qubit; surface code | 양자 오류 정정; 양자오류정정; 결함 허용 양자컴퓨팅; 논리 큐비트 | quantum-computing
quantum-control | quantum control; qubit control; control electronics; pulse control; AWG | 양자 제어; 큐비트 제어; 제어 전자장치; 펄스 제어 | quantum-computing
cryogenics | cryogenics; dilution refrigerator; cryostat; cryogenic | 극저온; 희석냉동기; 극저온 냉동기; 크라이오스탯 | quantum-hardware
cryo-cmos | cryo-CMOS; cryogenic electronics; cryogenic amplifier; HEMT amplifier | 극저온 CMOS; 극저온 전자소자; 극저온 증폭기 | cryogenics
quantum-hardware | quantum hardware; quantum components; quantum devices | 양자 하드웨어; 양자 부품; 양자 소자 | quantum-computing
quantum-amplifier | quantum-limited amplifier; JPA; TWPA; parametric amplifier | 양자한계 증폭기; 파라메트릭 증폭기 | quantum-hardware
single-photon | single-photon source; single photon detector; SNSPD; superconducting nanowire | 단일광자; 단일광자 광원; 단일광자 검출기; 초전도 나노선 | quantum-hardware photonics
quantum-software | quantum software; quantum SDK; quantum compiler; quantum programming | 양자 소프트웨어; 양자 컴파일러; 양자 프로그래밍 | quantum-computing
quantum-algorithm | quantum algorithm; quantum algorithms; variational quantum eigensolver; VQE; QAOA; Shor's algorithm; Grover | 양자 알고리즘; 양자알고리즘; 변분 양자 | quantum-software
quantum-simulation | quantum simulation; quantum chemistry; quantum chemistry simulation; materials simulation | 양자 시뮬레이션; 양자화학; 양자 화학; 소재 시뮬레이션 | quantum-algorithm
quantum-optimization | quantum optimization; quantum annealing; annealer | 양자 최적화; 양자 어닐링; 양자어닐링 | quantum-algorithm
quantum-ml | quantum machine learning; QML; quantum AI | 양자 머신러닝; 양자 기계학습; 양자 AI; 양자 인공지능 | quantum-algorithm ai
quantum-inspired | quantum-inspired algorithm; quantum-inspired optimization; tensor network | 양자 영감 알고리즘; 양자 모사; 텐서 네트워크 | quantum-optimization
quantum-cloud | quantum cloud; quantum computing as a service; QCaaS; cloud quantum access | 양자 클라우드; 양자컴퓨팅 클라우드; 클라우드 양자컴퓨팅 | quantum-computing cloud
hybrid-quantum | hybrid quantum-classical; quantum-HPC integration; quantum HPC | 양자-고전 하이브리드; 양자 HPC; 하이브리드 양자컴퓨팅 | quantum-computing hpc
quantum-benchmark | quantum benchmarking; quantum volume; qubit fidelity; gate fidelity; coherence time | 양자 벤치마크; 큐비트 충실도; 게이트 충실도; 결맞음 시간 | quantum-computing
quantum-communication | quantum communication; quantum network; quantum internet; entanglement distribution | 양자통신; 양자 통신; 양자 네트워크; 양자인터넷; 양자 인터넷; 얽힘 분배 | quantum
qkd | QKD; quantum key distribution | 양자키분배; 양자 키 분배; 양자암호키분배 | quantum-communication quantum-security
quantum-security | quantum security; quantum cryptography; quantum-safe security | 양자보안; 양자 보안; 양자암호; 양자 암호; 양자암호통신; 양자 암호 통신 | quantum cybersecurity
qrng | QRNG; quantum random number generator; quantum random number | 양자난수생성기; 양자 난수 생성기; 양자난수; 양자 난수 | quantum-security
quantum-repeater | quantum repeater; quantum memory | 양자중계기; 양자 중계기; 양자 메모리 | quantum-communication
satellite-qkd | satellite QKD; space quantum communication | 위성 양자통신; 위성 양자키분배 | qkd satellite-communication
quantum-sensing | quantum sensing; quantum sensor; quantum sensors; quantum metrology | 양자센싱; 양자 센싱; 양자센서; 양자 센서; 양자 계측 | quantum
nv-center | NV center; nitrogen-vacancy center; diamond NV; diamond magnetometer | 다이아몬드 NV; 질소-공공 센터; NV 센터; 다이아몬드 자력계 | quantum-sensing
atomic-clock | atomic clock; chip-scale atomic clock; optical clock | 원자시계; 원자 시계; 칩스케일 원자시계; 광시계 | quantum-sensing
quantum-magnetometer | quantum magnetometer; OPM; optically pumped magnetometer; SQUID; magnetoencephalography | 양자 자력계; 광펌핑 자력계; 스퀴드; 뇌자도 | quantum-sensing
quantum-gravimeter | quantum gravimeter; atom interferometer; quantum inertial navigation; quantum gyroscope | 양자 중력계; 원자 간섭계; 양자 관성항법; 양자 자이로스코프 | quantum-sensing
quantum-imaging | quantum imaging; quantum lidar; quantum radar; ghost imaging | 양자 이미징; 양자 라이다; 양자 레이더; 양자 영상 | quantum-sensing
quantum-materials | quantum materials; 2D materials; graphene; topological materials | 양자 소재; 양자소재; 2차원 소재; 그래핀; 위상 물질 | quantum
superconductor | superconductor; superconducting; superconductivity; high-temperature superconductor | 초전도; 초전도체; 고온초전도; 고온 초전도체 | quantum-materials
quantum-dot | quantum dot; quantum dots; QD; QD display | 양자점; 퀀텀닷; 퀀텀 닷 | quantum-materials
photonics | photonics; integrated photonics; optical components; laser | 포토닉스; 광학; 광소자; 레이저; 광부품 | 
quantum-photonic-chip | quantum photonic chip; integrated quantum photonics; photonic quantum chip | 양자 광집적회로; 양자 포토닉 칩; 집적 양자광학 | photonics quantum-hardware
quantum-ecosystem | quantum ecosystem; quantum workforce; quantum industry | 양자 생태계; 양자산업; 양자 산업; 양자 인력 | quantum
quantum-finance | quantum finance; quantum portfolio optimization; quantum risk analysis | 양자 금융; 양자 포트폴리오 최적화 | quantum-optimization
quantum-drug | quantum computing for drug discovery; quantum molecular simulation | 양자 신약; 양자 분자 시뮬레이션 | quantum-simulation
quantum-readiness | quantum readiness; crypto agility; quantum migration | 양자 대비; 암호 민첩성; 양자 전환 | quantum-security pqc
ion-trap-hardware | ion trap chip; surface electrode trap; laser control for ions | 이온트랩 칩; 표면 전극 트랩; 이온 레이저 제어 | trapped-ion
microwave-components | microwave components; coaxial cable; cryogenic cabling; RF cabling | 마이크로파 부품; 동축 케이블; 극저온 케이블 | quantum-hardware
quantum-foundry | quantum foundry; superconducting circuit fabrication; Josephson junction | 양자 파운드리; 초전도 회로 공정; 조셉슨 접합 | superconducting-qubit
quantum-education | quantum education; quantum training; quantum curriculum | 양자 교육; 양자 인재 양성 | quantum-ecosystem
quantum-advantage | quantum advantage; quantum supremacy; quantum speedup | 양자 우위; 양자우위; 양자 이득 | quantum-computing
quantum-emulator | quantum emulator; quantum circuit simulator; state-vector simulator | 양자 에뮬레이터; 양자회로 시뮬레이터; 양자 회로 시뮬레이터 | quantum-software
quantum-network-security | quantum-secured network; QKD network; quantum encrypted network | 양자암호 네트워크; QKD 네트워크; 양자 암호망 | qkd
entanglement | entanglement; quantum entanglement; entangled photons | 얽힘; 양자 얽힘; 양자얽힘; 얽힘 광자 | quantum
quantum-optics | quantum optics; squeezed light; cavity QED | 양자광학; 양자 광학; 압착광 | photonics quantum
quantum-chip-packaging | quantum chip packaging; qubit packaging; 3D integration for qubits | 양자칩 패키징; 큐비트 패키징 | quantum-hardware advanced-packaging
quantum-sensor-medical | quantum sensor for medical imaging; MEG; quantum MRI | 양자 의료영상; 양자센서 의료; 양자 MRI | quantum-sensing medical-imaging
quantum-navigation | quantum navigation; GPS-free navigation; quantum PNT | 양자 항법; 양자 내비게이션; GPS 없는 항법 | quantum-gravimeter pnt
lasers-for-quantum | narrow-linewidth laser; frequency comb; optical frequency comb | 협선폭 레이저; 광 주파수 빗; 주파수 콤 | photonics
quantum-startup-hardware | quantum processor unit; QPU chip | 양자 칩; 양자칩; 양자 프로세서 칩 | quantum-hardware
quantum-chemistry-software | computational chemistry software; DFT calculation | 계산화학; 밀도범함수 계산; 계산 화학 | quantum-simulation
quantum-control-software | qubit calibration; quantum control software; pulse-level programming | 큐비트 보정; 양자 제어 소프트웨어; 펄스 프로그래밍 | quantum-control quantum-software
quantum-cryptanalysis | harvest now decrypt later; cryptographically relevant quantum computer | 선수집 후해독; 암호 해독 양자컴퓨터 | quantum-readiness
quantum-timing | quantum timing; time transfer; optical time transfer | 양자 시각 동기; 광 시각 전송 | atomic-clock
magnetic-sensing | magnetic anomaly detection; magnetic sensing | 자기이상 탐지; 자기장 센싱; 자기 센싱 | quantum-magnetometer
quantum-testbed | quantum testbed; quantum test bed | 양자 테스트베드; 양자 시험대 | quantum-ecosystem
quantum-standard | quantum standards; quantum standardization | 양자 표준; 양자 표준화 | quantum-ecosystem standardization
photon-detector-array | photon counting camera; single-photon camera | 광자 계수 카메라; 단일광자 카메라 | single-photon
`,
};
