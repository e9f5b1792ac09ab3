import type { ConceptSheet } from '../concept.types';

/** Robotics: robot types, components, autonomy, manipulation and the places robots work. */
export const ROBOTICS: ConceptSheet = {
  sector: 'robotics',
  lines: `
robot | robot; robots; robotics; robotic | 로봇; 로보틱스; 로봇공학
industrial-robot | industrial robot; industrial robots; robot arm; robotic arm; manipulator | 산업용 로봇; 산업용로봇; 로봇팔; 로봇 팔; 매니퓰레이터 | robot
cobot | cobot; collaborative robot; collaborative robots; cobots | 협동로봇; 협동 로봇 | industrial-robot
cobot-control | collaborative robot control; force control; compliance control; impedance control | 협동로봇 제어; 힘 제어; 임피던스 제어; 순응 제어 | cobot robot-control
service-robot | service robot; service robots; hospitality robot; serving robot; guide robot | 서비스 로봇; 서비스로봇; 서빙로봇; 서빙 로봇; 안내 로봇 | robot
cleaning-robot | cleaning robot; robot vacuum | 청소 로봇; 청소로봇; 로봇청소기 | service-robot
humanoid | humanoid; humanoid robot; humanoids; bipedal robot | 휴머노이드; 휴머노이드 로봇; 이족보행 로봇 | robot
legged-robot | legged robot; quadruped robot; robot dog | 보행 로봇; 사족보행 로봇; 4족 보행 로봇; 로봇개 | robot
locomotion | locomotion; walking control; humanoid locomotion; gait control | 보행 제어; 보행제어; 이족 보행 | legged-robot
mobile-robot | mobile robot; mobile robots | 이동로봇; 이동 로봇; 모바일 로봇 | robot
amr | AMR; autonomous mobile robot; autonomous mobile robots | 자율이동로봇; 자율 이동 로봇; 자율주행로봇; 자율주행 로봇 | mobile-robot
agv | AGV; automated guided vehicle | 무인운반차; 무인 운반 차량; 무인운반로봇 | mobile-robot
amr-navigation | AMR navigation; robot navigation; indoor navigation; fleet navigation | 로봇 내비게이션; 실내 내비게이션; 자율 내비게이션; 로봇 주행 | amr
slam | SLAM; simultaneous localization and mapping; visual SLAM; lidar SLAM | 슬램; 동시적 위치추정 및 지도작성; 위치 추정 및 지도 작성 | amr-navigation
multi-robot | multi-robot coordination; robot fleet management; swarm robotics | 다중 로봇; 로봇 관제; 군집 로봇; 로봇 군집 제어 | mobile-robot
warehouse-automation | warehouse automation; warehouse robot; fulfillment automation; fulfilment automation; goods-to-person | 물류 자동화; 물류로봇; 물류 로봇; 창고 자동화; 풀필먼트 자동화 | robot logistics
palletizing | palletizing; depalletizing; parcel sorting; sorting robot | 팔레타이징; 디팔레타이징; 택배 분류; 분류 로봇 | warehouse-automation
bin-picking | bin picking; piece picking; robotic picking; pick and place | 빈피킹; 빈 피킹; 피킹 로봇; 물체 집기 | manipulation
manipulation | manipulation; robotic manipulation; dexterous manipulation | 로봇 조작; 정밀 조작; 물체 조작 | robot
gripper | gripper; grippers; adaptive gripper; end effector; robot hand; dexterous hand | 그리퍼; 로봇 핸드; 로봇손; 엔드이펙터; 집게 | manipulation
soft-robotics | soft robotics; soft robot; soft actuator | 소프트 로봇; 소프트로봇; 연성 구동기 | robot
robot-vision | robot vision; 3D vision; machine vision; vision-guided robotics; 3D vision bin picking | 로봇 비전; 3D 비전; 머신비전; 머신 비전 | computer-vision robot
tactile-sensing | tactile sensor; tactile sensing; force-torque sensor; robot skin | 촉각 센서; 촉각센서; 힘토크 센서; 로봇 피부 | robot-component
robot-component | robot component; robot parts; robot hardware | 로봇 부품; 로봇부품; 로봇 핵심부품 | robot
actuator | actuator; actuators; robot actuator; servo; servo motor | 액추에이터; 구동기; 서보모터; 서보 모터 | robot-component
reducer | reducer; speed reducer; harmonic drive; strain wave gear; cycloidal reducer | 감속기; 하모닉 드라이브; 정밀 감속기; 사이클로이드 감속기 | robot-component
robot-controller | robot controller; motion controller; robot control board | 로봇 제어기; 모션 컨트롤러; 로봇 컨트롤러 | robot-component robot-control
robot-control | robot control; motion control; robot motion control | 로봇 제어; 모션 제어; 로봇 모션 제어; 동작 제어 | robot
rl-control | reinforcement learning control; RL-based motion control; reinforcement-learning motion control; sim-to-real | 강화학습 기반 제어; 강화학습 제어; 심투리얼; 강화학습 기반 모션 제어 | robot-control reinforcement-learning
robot-learning | robot learning; imitation learning; learning from demonstration; robot foundation model; embodied AI; physical AI | 로봇 학습; 모방학습; 모방 학습; 로봇 파운데이션 모델; 체화 AI; 피지컬 AI; 임바디드 AI | robot ai
teleoperation | teleoperation; telepresence; remote operation; remote control robot | 원격조작; 원격 조작; 텔레프레즌스; 원격 제어 로봇 | robot
ros | ROS; ROS 2; robot operating system | 로봇 운영체제 | robot-software
robot-software | robot software; robot OS; robot programming; no-code robot programming | 로봇 소프트웨어; 로봇 프로그래밍; 노코드 로봇 | robot
robot-simulation | robot simulation; digital twin for robots; Isaac Sim; Gazebo | 로봇 시뮬레이션; 로봇 디지털트윈 | robot-software simulation
factory-automation | factory automation; industrial automation; automation line; production automation | 공장 자동화; 공장자동화; 산업 자동화; 생산 자동화; 자동화 라인 | smart-factory
smart-factory | smart factory; smart manufacturing; Industry 4.0; intelligent manufacturing | 스마트팩토리; 스마트 팩토리; 스마트공장; 스마트 공장; 지능형 공장 | manufacturing
manufacturing | manufacturing; factory; factories | 제조업; 공장; 제조 공정
welding-robot | welding robot; welding automation; welding automation cell; robotic welding | 용접 로봇; 용접로봇; 용접 자동화; 용접자동화 | industrial-robot
painting-robot | painting robot; spray robot; coating robot | 도장 로봇; 도장로봇; 도장 자동화 | industrial-robot
assembly-robot | assembly robot; robotic assembly; screw fastening | 조립 로봇; 조립 자동화; 체결 자동화 | industrial-robot
inspection-robot | inspection robot; robotic inspection; facility inspection robot | 점검 로봇; 검사 로봇; 설비 점검 로봇; 순찰 로봇 | robot
construction-robot | construction robot; construction robotics; construction automation | 건설 로봇; 건설로봇; 건설 자동화 | robot construction
construction | construction; construction site; building construction | 건설; 건설 현장; 건설현장
shipyard-automation | shipyard automation; shipbuilding automation | 조선소 자동화; 조선 자동화; 조선소 | welding-robot shipbuilding
agri-robot | agricultural robot; harvesting robot; farm robot; agricultural automation | 농업용 로봇; 농업 로봇; 수확 로봇; 농업로봇; 농업 자동화 | robot agritech
medical-robot | medical robot; healthcare robot; hospital robot | 의료 로봇; 의료로봇; 병원 로봇 | robot
rehab-robot | rehabilitation robot; gait rehabilitation robot | 재활 로봇; 재활로봇; 보행 재활 로봇 | medical-robot rehabilitation
exoskeleton | exoskeleton; wearable robot; exosuit | 웨어러블 로봇; 웨어러블로봇; 외골격 로봇; 착용형 로봇 | robot
care-robot | care robot; companion robot; social robot | 돌봄 로봇; 돌봄로봇; 반려 로봇; 소셜 로봇 | service-robot elderly-care
delivery-robot | delivery robot; indoor delivery robot; outdoor delivery robot | 배달 로봇; 배달로봇; 실내 배송 로봇; 실외 배송 로봇 | service-robot last-mile-delivery
food-robot | cooking robot; food robot; kitchen automation; barista robot | 조리 로봇; 조리로봇; 주방 자동화; 바리스타 로봇; 푸드테크 로봇 | service-robot
underwater-robot | underwater robot; ROV; AUV; underwater drone; subsea robot | 수중 로봇; 수중로봇; 수중드론; 무인잠수정; 수중 드론 | robot ocean
defense-robot | defense robot; military robot; unmanned ground vehicle; UGV | 국방 로봇; 군사 로봇; 무인지상차량; 무인 지상 차량 | robot defense
drone | drone; drones; UAV; unmanned aerial vehicle; multicopter | 드론; 무인기; 무인항공기; 무인 항공기; 멀티콥터 | robot
robot-safety | robot safety; functional safety for robots; ISO 10218; collision detection | 로봇 안전; 충돌 감지; 로봇 안전성; 기능안전 | robot
robot-as-a-service | robot as a service; RaaS; robot subscription | 서비스형 로봇; 로봇 구독; 로봇 렌탈 | robot
hri | human-robot interaction; HRI; human-robot collaboration | 인간-로봇 상호작용; 인간 로봇 협업; 인간-로봇 협업 | robot
mobile-manipulator | mobile manipulator; mobile manipulation | 모바일 매니퓰레이터; 이동형 매니퓰레이터 | mobile-robot manipulation
machine-tending | machine tending; CNC tending | 머신텐딩; 공작기계 자동화 | industrial-robot
lab-automation | lab automation; laboratory automation; self-driving lab | 실험 자동화; 실험실 자동화; 자율 실험실 | robot
robot-vision-inspection | vision inspection; automated optical inspection; AOI; visual inspection | 비전검사; 외관 검사; 광학 검사; 자동 광학 검사 | robot-vision
digital-twin | digital twin; digital twins | 디지털트윈; 디지털 트윈 | smart-factory simulation
plc | PLC; programmable logic controller; industrial control system | 프로그래머블 로직 컨트롤러; 산업제어시스템; 산업 제어 시스템 | factory-automation
predictive-maintenance | predictive maintenance; condition monitoring; prognostics | 예지보전; 예지 정비; 상태 모니터링; 고장 예측 | smart-factory
mes | MES; manufacturing execution system | 제조실행시스템; 생산관리시스템 | smart-factory
quality-inspection | quality inspection; defect detection; quality control | 품질 검사; 불량 검출; 품질검사; 불량 검사; 품질 관리 | smart-factory
robot-joint | robot joint module; integrated joint; joint actuator | 로봇 관절; 관절 모듈; 일체형 관절 | actuator
robot-battery | robot battery; robot charging; autonomous docking | 로봇 배터리; 로봇 충전; 자동 도킹 | mobile-robot
outdoor-robot | outdoor robot; all-terrain robot; field robot | 실외 로봇; 험지 로봇; 필드 로봇 | mobile-robot
robot-arm-payload | heavy-payload robot; high-payload robot arm | 고가반 로봇; 중량물 로봇 | industrial-robot
robot-vla | vision-language-action model; VLA model; robot foundation policy | 비전-언어-행동 모델; VLA 모델 | robot-learning
household-robot | home robot; household robot; domestic robot | 가정용 로봇; 홈 로봇; 가사 로봇 | service-robot
`,
};
