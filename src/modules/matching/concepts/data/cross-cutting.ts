import type { ConceptSheet } from '../concept.types';

/** Business, regulatory and IR terms every deep-tech field uses (funding, partnering, market, compliance). */
export const CROSS_CUTTING: ConceptSheet = {
  sector: 'cross',
  lines: `
poc | PoC; proof of concept; pilot project; pilot test; pilot | 개념검증; 기술검증; 실증; 파일럿; 시범사업; 실증사업 | collaboration
joint-development | joint development; co-development; joint R&D; collaborative research | 공동개발; 공동 개발; 공동연구; 공동 연구; 협력 개발 | collaboration
collaboration | collaboration; partnership; strategic partnership; alliance | 협력; 협업; 파트너십; 전략적 제휴; 제휴 | 
open-innovation | open innovation; corporate innovation; innovation program; corporate partnership | 오픈이노베이션; 오픈 이노베이션; 개방형 혁신; 대기업 협력 | collaboration
technology-transfer | technology transfer; tech transfer; licensing; license-out; license-in; out-licensing | 기술이전; 기술 이전; 라이선스 아웃; 기술수출; 기술 수출; 기술사업화 | collaboration
procurement | procurement; supply contract; supplier qualification; vendor registration | 구매; 조달; 공급계약; 공급 계약; 협력사 등록; 납품 | collaboration
public-procurement | public procurement; government procurement; B2G; public sector | 공공조달; 공공 조달; 조달청; 공공구매; 혁신제품 | procurement
b2b | B2B; enterprise; enterprise customers; business-to-business | 기업간 거래; 기업 고객; 기업용 | 
b2c | B2C; consumer; consumers; direct-to-consumer; D2C | 소비자; 일반 소비자; 소비자 직접 판매 | 
saas-business | subscription; subscription model; recurring revenue; ARR; MRR | 구독; 구독형; 구독 모델; 반복 매출; 연간 반복 매출 | revenue
revenue | revenue; sales; turnover; commercial traction | 매출; 매출액; 판매 실적 | traction
traction | traction; customers; paying customers; customer acquisition; go-to-market; GTM | 트랙션; 고객 확보; 유료 고객; 시장 진입; 고객사 | 
commercialization | commercialization; commercialisation; productization; market launch | 상용화; 사업화; 제품화; 상업화; 출시 | traction
mass-production | mass production; scale-up; volume production; manufacturing scale-up | 양산; 대량생산; 양산 체계; 스케일업; 대량 생산 | commercialization
unit-economics | unit economics; gross margin; cost reduction; LCOE; cost competitiveness | 단위경제성; 원가 절감; 원가절감; 가격 경쟁력; 균등화발전비용 | revenue
global-expansion | global expansion; overseas expansion; international expansion; go global; export | 해외 진출; 해외진출; 글로벌 진출; 글로벌 확장; 수출 | traction
us-market | US market; United States; North America; Silicon Valley | 미국 시장; 미국; 북미; 실리콘밸리; 북미 시장 | global-expansion
europe-market | European market; Europe; EU; Germany | 유럽 시장; 유럽; 독일 | global-expansion
japan-market | Japanese market; Japan | 일본 시장; 일본 | global-expansion
sea-market | Southeast Asia; ASEAN; Vietnam; Singapore; Indonesia | 동남아; 동남아시아; 아세안; 베트남; 싱가포르; 인도네시아 | global-expansion
middle-east-market | Middle East; Saudi Arabia; UAE; MENA | 중동; 사우디아라비아; 사우디; 아랍에미리트 | global-expansion
china-market | China; Chinese market | 중국; 중국 시장 | global-expansion
korea-market | Korea; South Korea; Korean market; K-tech | 한국; 국내 시장; 대한민국; 국내 | 
investment | investment; funding; fundraising; financing; capital raise | 투자; 투자 유치; 투자유치; 자금 조달; 펀딩 | 
venture-capital | venture capital; VC; venture capitalist; venture fund | 벤처캐피탈; 벤처캐피털; 벤처투자; 창업투자; 벤처 투자 | investment
cvc | CVC; corporate venture capital; corporate venturing; strategic investor | 기업형 벤처캐피탈; 기업벤처캐피탈; 전략적 투자자; 전략적 투자 | venture-capital
deep-tech-investing | deep tech; deep-tech; deeptech; hard tech; frontier technology | 딥테크; 딥 테크; 초격차; 초격차 기술; 첨단기술 | investment
seed-funding | seed round; seed funding; pre-seed; angel investment; angel | 시드; 시드 투자; 프리시드; 엔젤투자; 엔젤 투자 | investment
series-a | Series A; Series B; Series C; growth round; follow-on | 시리즈 A; 시리즈A; 시리즈 B; 시리즈B; 후속 투자; 프리A; 프리 A | investment
ipo | IPO; initial public offering; listing; KOSDAQ; technology special listing | 상장; 기업공개; 코스닥; 기술특례상장; 코스닥 상장 | exit
exit | exit; M&A; acquisition; merger; buyout | 엑시트; 인수합병; 투자 회수; 인수 | investment
government-rnd | government R&D; national R&D project; public funding; grant; government grant | 정부과제; 정부 과제; 국가R&D; 국책과제; 정부 지원사업; 지원사업 | investment
tips | TIPS; TIPS program; tech incubator program | 팁스; 팁스 프로그램; 민간투자주도형 기술창업지원 | government-rnd
accelerator-program | accelerator program; startup accelerator; incubator; incubation | 액셀러레이터; 엑셀러레이터; 인큐베이터; 창업보육; 보육 | investment
university-spinoff | university spin-off; spin-off; spinout; lab startup; research institute spin-off | 교원창업; 연구소기업; 실험실 창업; 대학 스핀오프; 스핀오프 | startup
startup | startup; start-up; early-stage company; founder; founders | 스타트업; 창업; 창업기업; 초기 기업; 창업자 | 
team | team; founding team; PhD; engineers; researchers | 창업팀; 박사; 연구진; 엔지니어 | startup
research-institute | research institute; national lab; government research institute; university lab | 연구소; 출연연; 정부출연연구기관; 연구기관; 대학 연구실 | 
patent | patent; patents; intellectual property; IP portfolio; patent portfolio | 특허; 지식재산; 지식재산권; 특허 포트폴리오; 원천특허; 특허 출원 | 
trade-secret | trade secret; proprietary technology; core technology | 영업비밀; 독자 기술; 핵심기술; 핵심 기술; 원천기술; 원천 기술 | patent
regulatory-approval | regulatory approval; approval; clearance; permit; licensing approval | 인허가; 허가; 승인; 규제 승인 | regulation
regulation | regulation; regulatory; compliance; regulatory compliance | 규제; 규정; 컴플라이언스; 법규; 규제 대응 | 
regulatory-sandbox | regulatory sandbox; sandbox; special regulatory exemption | 규제샌드박스; 규제 샌드박스; 규제특례; 실증특례; 임시허가 | regulation
certification | certification; certified; CE marking; UL certification; KC certification; ISO certification | 인증 획득; 인증서; CE 인증; UL 인증; KC 인증; ISO 인증; 국제 인증 | regulation
standardization | standardization; standard; standards; technical standard; international standard | 표준화; 표준; 국제표준; 기술표준; 국제 표준 | regulation
export-control | export control; ITAR; EAR; dual-use; sanctions | 수출통제; 수출 통제; 전략물자; 이중용도 | regulation
esg | ESG; sustainability; sustainable; ESG reporting; impact | 지속가능성; ESG 경영; 지속가능경영; 임팩트 | 
supply-chain | supply chain; supply chains; supplier; localization of supply; reshoring | 공급망; 공급사; 소부장; 소재부품장비; 국산화; 리쇼어링 | 
materials | materials; advanced materials; new materials; material | 소재; 신소재; 첨단소재; 첨단 소재 | 
components | components; parts; modules | 부품; 핵심 부품; 모듈 | 
equipment | equipment; machinery; production equipment | 장비; 설비; 기계; 생산설비; 생산 설비 | 
platform | platform; platforms; marketplace | 플랫폼; 마켓플레이스; 중개 플랫폼 | 
software | software; SW; solution; solutions | 소프트웨어; 솔루션 | 
hardware | hardware; device; devices | 하드웨어; 디바이스; 장치 | 
fintech | fintech; financial technology; payments; digital banking; insurtech | 핀테크; 금융기술; 결제; 디지털 금융; 인슈어테크 | 
crypto-assets | crypto assets; cryptocurrency; digital assets; stablecoin; tokenization; STO | 가상자산; 암호화폐; 디지털자산; 디지털 자산; 스테이블코인; 토큰증권 | fintech blockchain
proptech | proptech; real estate tech; smart building | 프롭테크; 부동산 기술; 스마트빌딩; 스마트 빌딩 | 
retail-commerce | e-commerce; retail; commerce; online marketplace | 이커머스; 전자상거래; 유통; 리테일; 커머스 | 
foodtech | food tech; foodtech; alternative protein; cultivated meat; plant-based | 푸드테크; 대체단백질; 대체육; 배양육; 식물성 | 
beauty-tech | beauty tech; cosmetics; K-beauty | 뷰티테크; 화장품; K-뷰티; 뷰티 | 
content-media | content; media; entertainment; gaming; game | 콘텐츠; 미디어; 엔터테인먼트; 게임 | 
xr | XR; AR; VR; augmented reality; virtual reality; mixed reality; metaverse | 확장현실; 증강현실; 가상현실; 혼합현실; 메타버스 | content-media
display | display; OLED; microLED; micro LED; flexible display | 디스플레이; 마이크로LED; 마이크로 LED; 플렉서블 디스플레이 | 
secondary-market | secondary sale; secondary shares | 구주 매각; 구주 거래 | exit
valuation | valuation; pre-money; post-money; cap table | 기업가치; 밸류에이션; 기업 가치 | investment
due-diligence | due diligence; technical due diligence; tech DD | 실사; 기술 실사; 투자 실사 | investment
term-sheet | term sheet; investment agreement; SAFE; convertible note | 텀시트; 투자계약; 투자 계약; 전환사채; 조건부지분인수계약 | investment
mou-nda | MOU; memorandum of understanding; NDA; non-disclosure agreement; LOI; letter of intent | 업무협약; 양해각서; 비밀유지계약; 비밀유지 계약; 의향서 | collaboration
b2b-sales | enterprise sales; channel partner; distributor; reseller; distribution partner | 판매 채널; 총판; 유통 파트너; 대리점; 채널 파트너 | traction
customer-validation | customer validation; market validation; product-market fit; PMF; field test | 고객 검증; 시장 검증; 제품 시장 적합성; 현장 테스트; 현장 실증 | traction
smart-agriculture-policy | rural; farm households | 농촌; 농가소득 | agritech
public-safety | public safety; disaster response; disaster management; emergency response | 공공안전; 재난 대응; 재난안전; 재난 관리; 긴급 대응 | 
healthcare-provider | hospital; hospitals; clinic; healthcare provider | 병원; 의료기관; 상급종합병원; 의원 | 
insurance | insurance; insurer; insurtech partner | 보험; 보험사 | fintech
telco | telecom operator; mobile operator; carrier; MNO | 통신사; 이동통신사; 통신 사업자 | network
automaker-partner | automaker partner; OEM partner | 완성차 파트너; 완성차 협력 | automotive-oem
chaebol-partner | conglomerate; large corporation; Samsung; Hyundai; SK; LG | 대기업; 재벌; 삼성; 현대; 중견기업 | open-innovation
energy-company | energy company; oil major; utility partner | 에너지 기업; 정유사; 에너지 공기업 | utilities
cost-saving | cost savings; efficiency gains; productivity; labor shortage | 비용 절감; 생산성; 생산성 향상; 인력난; 인력 부족 | 
safety | safety; workplace safety; industrial safety; serious accidents | 안전; 산업안전; 산업 안전; 중대재해; 작업자 안전 | 
sustainability-reporting | sustainability reporting; CSRD; ESG disclosure | 지속가능경영보고서; ESG 공시 | esg
impact-investing | impact investing; climate fund; green finance | 임팩트 투자; 기후 펀드; 녹색금융; 녹색 금융 | investment esg
public-funding-policy | K-startup; Korea startup policy; KSGC; startup visa | 창업지원; 창업 지원; 창업비자; 스타트업 비자 | government-rnd
`,
};
