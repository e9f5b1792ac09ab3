import type { ConceptSheet } from '../concept.types';

/** Cybersecurity and networks: security domains, cryptography, telecom generations and network equipment. */
export const CYBERSECURITY_NETWORK: ConceptSheet = {
  sector: 'cybersecurity-network',
  lines: `
cybersecurity | cybersecurity; cyber security; information security; infosec; security | 사이버보안; 사이버 보안; 정보보안; 정보보호; 보안
network-security | network security; firewall; next-generation firewall; NGFW; IDS; IPS; intrusion detection | 네트워크 보안; 방화벽; 차세대 방화벽; 침입탐지; 침입방지 | cybersecurity
zero-trust | zero trust; zero-trust architecture; ZTNA; SASE; secure access service edge | 제로트러스트; 제로 트러스트; 제로트러스트 아키텍처 | network-security
endpoint-security | endpoint security; EDR; XDR; antivirus; endpoint detection and response | 엔드포인트 보안; 엔드포인트 탐지 및 대응; 백신 솔루션 | cybersecurity
cloud-security | cloud security; CSPM; CNAPP; container security; Kubernetes security | 클라우드 보안; 컨테이너 보안; 클라우드보안 | cybersecurity cloud
application-security | application security; AppSec; web application firewall; WAF; API security; DevSecOps | 애플리케이션 보안; 웹 방화벽; 웹방화벽; API 보안; 데브섹옵스 | cybersecurity
software-supply-chain | software supply chain security; SBOM; open source security; software composition analysis | 소프트웨어 공급망 보안; 공급망 보안; 오픈소스 보안 | application-security
vulnerability | vulnerability management; vulnerability scanning; penetration testing; pentest; bug bounty | 취약점; 취약점 진단; 취약점 관리; 모의해킹; 모의 해킹; 버그바운티 | cybersecurity
threat-intelligence | threat intelligence; CTI; threat hunting; dark web monitoring | 위협 인텔리전스; 위협인텔리전스; 위협 헌팅; 다크웹 모니터링 | cybersecurity
soc-siem | security operations center; SIEM; SOAR; security monitoring; managed security | 보안관제; 보안 관제; 통합보안관제; 보안 운영 센터; 시큐리티 모니터링 | cybersecurity
ai-security | AI security; AI for security; AI-driven threat detection; LLM security; AI red teaming | AI 보안; 인공지능 보안; AI 기반 위협 탐지; LLM 보안; AI 레드팀 | cybersecurity ai
ransomware | ransomware; malware; malicious code; APT; advanced persistent threat | 랜섬웨어; 악성코드; 악성 코드; 지능형 지속 위협 | threat-intelligence
phishing | phishing; email security; business email compromise; smishing; voice phishing | 피싱; 이메일 보안; 스미싱; 보이스피싱; 보이스 피싱 | cybersecurity
identity | identity and access management; IAM; identity management; access control; privileged access management; PAM | 접근제어; 접근 제어; 계정 관리; 권한 관리; 통합 계정 관리 | cybersecurity
authentication | authentication; multi-factor authentication; MFA; passwordless; FIDO; passkey; single sign-on; SSO; digital signature; e-signature | 다중인증; 다중 인증; 패스워드리스; 생체 인증 솔루션; 간편인증; 통합인증; 전자서명; 전자 서명 | identity
digital-identity | digital identity; decentralized identity; self-sovereign identity; eKYC | 디지털 신원; 탈중앙화 신원; 분산신원; 분산 신원인증; 비대면 본인확인 | identity
data-security | data security; data loss prevention; DLP; encryption; data encryption; database encryption | 데이터 보안; 데이터보안; 정보유출 방지; 암호화; 데이터 암호화; DB 암호화 | cybersecurity privacy
cryptography | cryptography; cryptographic; crypto module; PKI; public key infrastructure | 암호; 암호기술; 암호 기술; 암호모듈; 공개키 기반구조 | cybersecurity
pqc | post-quantum cryptography; PQC; quantum-safe cryptography; quantum-resistant encryption; lattice-based cryptography | 양자내성암호; 양자 내성 암호; 포스트양자암호; 양자내성 암호 | cryptography quantum-security
homomorphic-encryption | homomorphic encryption; FHE; fully homomorphic encryption; secure computation; MPC; confidential computing | 동형암호; 동형 암호; 완전동형암호; 보안 연산; 기밀 컴퓨팅 | cryptography privacy
hardware-security | hardware security; HSM; hardware security module; TPM; trusted execution environment; TEE; root of trust | 하드웨어 보안; 하드웨어 보안 모듈; 신뢰실행환경; 하드웨어 신뢰점 | cybersecurity
ot-security | OT security; ICS security; SCADA security; industrial control security; operational technology security | OT 보안; 산업제어시스템 보안; 제어시스템 보안; 산업 보안; 스카다 보안 | cybersecurity
iot-security | IoT security; device security; firmware security; embedded security; secure boot | IoT 보안; 사물인터넷 보안; 기기 보안; 펌웨어 보안; 임베디드 보안; 시큐어 부트; 보안 부팅 | cybersecurity iot
mobile-security | mobile security; app security; mobile app hardening; anti-tampering | 모바일 보안; 앱 보안; 앱 위변조 방지; 난독화 | application-security
fraud-prevention | fraud prevention; anti-fraud; FDS; fraud detection system; anti-money laundering; AML | 이상거래탐지; 이상거래 탐지 시스템; 사기 방지; 자금세탁방지 | cybersecurity anomaly-detection
blockchain | blockchain; distributed ledger; DLT; smart contract; web3; Web 3.0 | 블록체인; 분산원장; 스마트 컨트랙트; 스마트계약; 웹3 | 
blockchain-security | blockchain security; smart contract audit; crypto wallet security; custody | 블록체인 보안; 스마트 컨트랙트 감사; 가상자산 수탁; 지갑 보안 | blockchain cybersecurity
digital-forensics | digital forensics; forensics; incident response; e-discovery | 디지털 포렌식; 포렌식; 침해사고 대응; 침해 대응 | cybersecurity
security-compliance | security compliance; ISMS; ISMS-P; ISO 27001; CSAP; SOC 2; security certification | 보안 인증; 정보보호 인증; 정보보호관리체계; 클라우드 보안인증; 보안 컴플라이언스 | cybersecurity certification
deepfake-detection | deepfake detection; deepfake; synthetic media detection; content authenticity; watermarking | 딥페이크 탐지; 딥페이크; 위변조 탐지; 워터마킹; 콘텐츠 진위 | ai-security
physical-security | physical security; access control system; video surveillance; CCTV | 물리보안; 물리 보안; 출입통제; 출입 통제; 영상감시 | cybersecurity
network | network; networking; communication network; telecommunications; telecom | 네트워크; 통신; 통신망; 정보통신; 통신 네트워크 | 
5g | 5G; 5G network; fifth generation mobile; 5G NR | 5세대 이동통신; 5G 통신; 파이브지 | mobile-network
6g | 6G; sixth generation; 6G network; beyond 5G | 6세대 이동통신; 6G 통신; 식스지 | mobile-network
mobile-network | mobile network; cellular network; wireless network; mobile communication | 이동통신; 이동 통신; 무선통신; 무선 통신; 이동통신망 | network
private-5g | private 5G; private network; 5G private network; campus network | 이음5G; 특화망; 5G 특화망; 사설 5G; 이음 5G | 5g
open-ran | Open RAN; O-RAN; vRAN; virtualized RAN; RAN | 오픈랜; 오픈 랜; 개방형 무선접속망; 기지국 가상화 | mobile-network
base-station | base station; small cell; radio unit; gNB | 기지국; 스몰셀; 소형 기지국; 무선 장비 | mobile-network
mmwave | mmWave; millimeter wave; THz; terahertz communication | 밀리미터파; 초고주파; 테라헤르츠; 테라헤르츠 통신 | mobile-network
antenna | antenna; phased array antenna; beamforming; RIS; reconfigurable intelligent surface | 안테나; 위상배열 안테나; 빔포밍; 지능형 반사표면 | mobile-network
optical-network | optical network; optical communication; optical transceiver; fiber optic; optical module | 광통신; 광 통신; 광트랜시버; 광 트랜시버; 광케이블; 광모듈 | network
sdn-nfv | SDN; software-defined networking; NFV; network function virtualization | 소프트웨어 정의 네트워크; 네트워크 기능 가상화; 네트워크 가상화 | network
network-slicing | network slicing; network automation; intent-based networking | 네트워크 슬라이싱; 네트워크 자동화 | sdn-nfv
wifi | Wi-Fi; WiFi; Wi-Fi 7; WLAN; wireless LAN | 와이파이; 무선랜; 무선 랜 | network
lpwan | LPWAN; LoRa; LoRaWAN; NB-IoT; low-power wide-area network | 저전력 광역 통신; 저전력 장거리 통신 | iot network
satellite-communication | satellite communication; satcom; satellite internet; satellite broadband; NTN; non-terrestrial network; communication satellite; communications satellite | 위성통신; 위성 통신; 위성인터넷; 위성 인터넷; 비지상 네트워크; 통신위성; 통신 위성 | network satellite
network-equipment | network equipment; router; network switch; telecom equipment; network chip | 네트워크 장비; 통신장비; 통신 장비; 라우터; 스위치 장비 | network
quantum-key-distribution-net | quantum network security; quantum-secure communication | 양자보안통신; 양자 보안 통신 | quantum-communication
cdn | CDN; content delivery network; edge network | 콘텐츠 전송 네트워크; 엣지 네트워크 | network
network-monitoring | network monitoring; network observability; traffic analysis; NDR; network detection and response | 네트워크 모니터링; 트래픽 분석; 네트워크 관제; 네트워크 탐지 및 대응 | network-security
ddos | DDoS; DDoS protection; bot mitigation | 디도스; 디도스 방어; 분산서비스거부; 봇 차단 | network-security
secure-communication | secure communication; VPN; encrypted messaging; secure messaging | 보안 통신; 가상사설망; 암호화 메신저; 보안 메신저 | network-security
public-safety-network | public safety network; PS-LTE; mission-critical communication; tactical communication | 재난안전통신망; 재난망; 전술통신; 전술 통신; 국방 통신 | mobile-network defense
security-awareness | security awareness training; security education; phishing simulation | 보안 교육; 보안 인식 교육; 모의 훈련 | cybersecurity
cyber-insurance | cyber insurance; cyber risk; cyber risk quantification | 사이버 보험; 사이버 리스크 | cybersecurity
sovereign-cloud | sovereign cloud; public sector cloud; government cloud | 공공 클라우드; 소버린 클라우드; 정부 클라우드 | cloud cloud-security
email-security | secure email gateway; email encryption; anti-spam | 메일 보안; 메일 보안 게이트웨이; 스팸 차단 | phishing
backup-recovery | backup and recovery; disaster recovery; data backup; immutable backup | 백업; 재해복구; 데이터 백업; 백업 복구 | data-security
security-ai-agent | autonomous SOC; AI security analyst; security copilot | 자율 보안관제; AI 보안관제; 보안 코파일럿 | soc-siem ai-agent
cyber-range | cyber range; cyber training; cyber exercise | 사이버 훈련장; 사이버 훈련; 사이버 모의훈련 | security-awareness
attack-surface | attack surface management; ASM; external attack surface | 공격표면 관리; 공격 표면; 외부 공격표면 | vulnerability
secure-coding | secure coding; static analysis; SAST; DAST; source code analysis | 시큐어코딩; 정적 분석; 소스코드 보안; 소스코드 분석 | application-security
web3-security | crypto security; wallet security; exchange security | 거래소 보안; 가상자산 보안 | blockchain-security
network-access-control | network access control; NAC | 네트워크 접근제어; 네트워크 접근 제어 | network-security
secure-web-gateway | secure web gateway; SWG; web filtering; CASB | 웹 게이트웨이; 유해사이트 차단; 클라우드 접근 보안 | zero-trust
satellite-security | satellite cybersecurity; space cybersecurity | 위성 보안; 우주 사이버보안 | cybersecurity satellite
smart-factory-security | smart factory security; manufacturing security | 스마트공장 보안; 제조 보안 | ot-security
privacy-tech | privacy-enhancing technology; PET; differential privacy; data clean room | 프라이버시 강화 기술; 차분 프라이버시; 데이터 클린룸 | privacy
network-timing | time synchronization; PTP; network timing | 시간 동기화; 네트워크 시간 동기 | network
`,
};
