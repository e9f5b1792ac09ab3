import type { ConceptSheet } from '../concept.types';

/** AI and big data: models, learning methods, data infrastructure and applied AI. */
export const AI_BIG_DATA: ConceptSheet = {
  sector: 'ai-big-data',
  lines: `
ai | AI; artificial intelligence; A.I. | 인공지능; 에이아이; AI 기술
machine-learning | machine learning; ML; predictive modeling | 머신러닝; 기계학습; 머신 러닝; 기계 학습 | ai
deep-learning | deep learning; neural network; neural networks; DNN | 딥러닝; 심층학습; 신경망; 딥 러닝 | machine-learning
reinforcement-learning | reinforcement learning; RL; deep reinforcement learning | 강화학습; 강화 학습; 심층 강화학습 | machine-learning
federated-learning | federated learning; privacy-preserving machine learning | 연합학습; 연합 학습; 프라이버시 보존 학습 | machine-learning privacy
self-supervised | self-supervised learning; unsupervised learning; contrastive learning | 자기지도학습; 비지도학습; 대조학습 | machine-learning
transfer-learning | transfer learning; fine-tuning; fine tuning; domain adaptation | 전이학습; 파인튜닝; 미세조정; 도메인 적응 | machine-learning
generative-ai | generative AI; GenAI; gen AI; generative model; generative models | 생성형 AI; 생성 AI; 생성형 인공지능; 생성모델 | ai
llm | large language model; LLM; LLMs; language model; GPT | 대규모 언어모델; 거대언어모델; 초거대 AI; 언어모델; 대형 언어 모델; 초거대 언어모델 | generative-ai nlp
foundation-model | foundation model; foundation models; pre-trained model; pretrained model | 파운데이션 모델; 기반 모델; 사전학습 모델; 사전 학습 모델 | generative-ai
multimodal-ai | multimodal AI; multimodal model; vision-language model; VLM | 멀티모달 AI; 멀티모달; 시각언어모델; 멀티 모달 | foundation-model
sllm | small language model; sLLM; SLM; domain-specific LLM | 소형 언어모델; 경량 언어모델; 도메인 특화 LLM; 특화 언어모델 | llm
rag | retrieval-augmented generation; RAG; retrieval augmented generation | 검색증강생성; 검색 증강 생성 | llm
ai-agent | AI agent; AI agents; agentic AI; autonomous agent; copilot | AI 에이전트; 인공지능 에이전트; 에이전틱 AI; 코파일럿 | generative-ai
prompt-engineering | prompt engineering; prompting | 프롬프트 엔지니어링; 프롬프트 | llm
transformer-model | transformer model; transformer architecture; attention mechanism | 트랜스포머 모델; 트랜스포머 구조; 어텐션 | deep-learning
diffusion-model | diffusion model; text-to-image; image generation; video generation | 확산 모델; 이미지 생성; 영상 생성; 디퓨전 모델 | generative-ai
nlp | natural language processing; NLP; text mining; language understanding | 자연어처리; 자연어 처리; 텍스트 마이닝; 언어 이해 | ai
machine-translation | machine translation; translation AI; neural machine translation | 기계번역; 기계 번역; 번역 AI; 자동 번역 | nlp
speech-ai | speech recognition; ASR; speech-to-text; voice AI; text-to-speech; TTS; speech synthesis | 음성인식; 음성 인식; 음성합성; 음성 합성; 음성 AI; 보이스 AI | ai
chatbot | chatbot; conversational AI; virtual assistant; dialogue system | 챗봇; 대화형 AI; 대화형 인공지능; 가상 비서 | nlp
computer-vision | computer vision; image recognition; object detection; image analysis; visual AI | 컴퓨터 비전; 컴퓨터비전; 영상인식; 이미지 인식; 객체 탐지; 영상 분석; 비전 AI | ai
video-analytics | video analytics; intelligent CCTV; video surveillance analytics; CCTV analytics | 영상 분석 솔루션; 지능형 CCTV; 영상 관제; CCTV 분석 | computer-vision
face-recognition | face recognition; facial recognition; biometrics; biometric authentication | 얼굴인식; 얼굴 인식; 안면인식; 생체인식; 생체 인증 | computer-vision
ocr | OCR; optical character recognition; document AI; intelligent document processing | 문자인식; 광학문자인식; 문서 AI; 지능형 문서 처리 | computer-vision
on-device-ai | on-device AI; edge AI; embedded AI; tinyML | 온디바이스 AI; 엣지 AI; 임베디드 AI; 온디바이스 인공지능 | ai edge-computing
model-compression | model compression; quantization-aware; model quantization; pruning; knowledge distillation; lightweight model | 모델 경량화; 경량화 모델; 모델 압축; 양자화; 지식증류; AI 경량화 | on-device-ai
mlops | MLOps; model serving; model deployment; ML platform; AI platform | 엠엘옵스; 모델 서빙; 모델 배포; AI 플랫폼; 머신러닝 플랫폼 | machine-learning
llmops | LLMOps; LLM evaluation; guardrails; AI observability | LLM 운영; LLM 평가; 가드레일 | mlops llm
ai-infrastructure | AI infrastructure; GPU cloud; AI compute; GPU cluster; AI data center | AI 인프라; GPU 클라우드; AI 컴퓨팅; GPU 클러스터; AI 데이터센터 | ai data-center
ai-safety | AI safety; responsible AI; AI ethics; AI governance; explainable AI; XAI; trustworthy AI | AI 안전; 책임있는 AI; AI 윤리; AI 거버넌스; 설명가능한 AI; 설명 가능한 인공지능; 신뢰할 수 있는 AI | ai
ai-regulation | AI Act; AI regulation; AI Basic Act | AI 기본법; AI 규제; 인공지능 기본법 | ai-safety
big-data | big data; large-scale data; data analytics; analytics | 빅데이터; 빅 데이터; 대용량 데이터; 데이터 분석 | 
data-platform | data platform; data lake; data warehouse; lakehouse | 데이터 플랫폼; 데이터레이크; 데이터 레이크; 데이터 웨어하우스; 레이크하우스 | big-data
data-pipeline | data pipeline; ETL; data engineering; data integration; streaming data | 데이터 파이프라인; 데이터 엔지니어링; 데이터 통합; 스트리밍 데이터 | big-data
database | database; vector database; DBMS; graph database | 데이터베이스; 벡터 데이터베이스; 벡터DB; 그래프 데이터베이스 | big-data
data-labeling | data labeling; data annotation; training data; dataset construction | 데이터 라벨링; 데이터라벨링; 학습데이터; 학습 데이터; 데이터 구축; 데이터셋 구축 | machine-learning
synthetic-data | synthetic data; data augmentation; simulation data | 합성데이터; 합성 데이터; 데이터 증강 | data-labeling
data-governance | data governance; data quality; master data; data catalog | 데이터 거버넌스; 데이터 품질; 데이터 카탈로그 | big-data
mydata | MyData; personal data portability; data marketplace; data exchange | 마이데이터; 데이터 거래소; 데이터 거래; 데이터 마켓플레이스 | big-data
bi-analytics | business intelligence; BI; dashboard; data visualization | 비즈니스 인텔리전스; 대시보드; 데이터 시각화 | big-data
forecasting | forecasting; demand forecasting; time series forecasting; time-series | 수요예측; 수요 예측; 시계열 예측; 예측 모델; 시계열 | machine-learning
anomaly-detection | anomaly detection; outlier detection; fraud detection | 이상탐지; 이상 탐지; 이상징후 탐지; 이상 징후; 부정거래 탐지 | machine-learning
recommendation | recommendation system; recommender system; personalization | 추천 시스템; 추천시스템; 개인화 추천; 추천 알고리즘; 초개인화 | machine-learning
search-ai | AI search; semantic search; enterprise search; vector search | AI 검색; 시맨틱 검색; 기업용 검색; 벡터 검색 | nlp
knowledge-graph | knowledge graph; ontology; semantic web | 지식그래프; 지식 그래프; 온톨로지 | big-data
optimization-ai | mathematical optimization; operations research; scheduling optimization; route optimization | 최적화 알고리즘; 수리최적화; 경로 최적화; 스케줄링 최적화; 운영 최적화 | ai
simulation | simulation; simulator; physics simulation | 시뮬레이션; 시뮬레이터; 물리 시뮬레이션 | 
cloud | cloud; cloud computing; SaaS; PaaS; IaaS; public cloud | 클라우드; 클라우드 컴퓨팅; 퍼블릭 클라우드 | 
edge-computing | edge computing; edge cloud; MEC; fog computing | 엣지 컴퓨팅; 엣지컴퓨팅; 엣지 클라우드 | cloud
data-center | data center; data centers; datacenter; hyperscale data center | 데이터센터; 데이터 센터; 하이퍼스케일 데이터센터 | cloud
hpc | HPC; high-performance computing; supercomputer; supercomputing | 고성능 컴퓨팅; 고성능컴퓨팅; 슈퍼컴퓨터; 슈퍼컴퓨팅 | data-center
green-data-center | data center cooling; liquid cooling; immersion cooling; PUE | 데이터센터 냉각; 액체 냉각; 액침 냉각; 수랭식 | data-center
ai-healthcare | AI in healthcare; medical AI; healthcare AI | 의료 AI; 의료 인공지능; 헬스케어 AI | ai digital-health
ai-finance | AI in finance; fintech AI; credit scoring; robo-advisor; algorithmic trading | 금융 AI; 신용평가; 로보어드바이저; 알고리즘 트레이딩; AI 신용평가 | ai fintech
ai-education | AI education; edtech; AI tutor; adaptive learning | 에듀테크; AI 교육; AI 튜터; 맞춤형 학습 | ai
ai-legal | legal AI; legaltech; contract analysis | 리걸테크; 법률 AI; 계약서 분석 | nlp
ai-manufacturing | AI for manufacturing; industrial AI; manufacturing AI | 제조 AI; 산업 AI; 산업용 AI; 제조 인공지능 | ai smart-factory
ai-retail | retail AI; e-commerce AI; commerce personalization | 리테일 AI; 커머스 AI; 이커머스 AI | recommendation
ai-marketing | marketing AI; ad tech; adtech; customer analytics | 마케팅 AI; 애드테크; 광고 기술; 고객 분석 | ai
ai-content | AI content creation; AI video; virtual human; digital human; AI avatar | AI 콘텐츠; AI 영상; 버추얼 휴먼; 디지털 휴먼; AI 아바타 | generative-ai
code-generation | code generation; AI coding assistant; AI software engineering | 코드 생성; AI 코딩; 코딩 어시스턴트 | generative-ai
geospatial-ai | geospatial AI; GeoAI; spatial data; location intelligence | 공간정보; 공간 정보; 지리정보; 위치 데이터; 공간 데이터 | big-data
ai-agriculture | agritech; smart farm; precision agriculture; vertical farming; crop monitoring | 애그테크; 스마트팜; 스마트 팜; 정밀농업; 수직농장; 작물 모니터링; 작황 예측 | ai
agritech | agriculture; farming; agtech | 농업; 농가; 축산 | 
iot | IoT; internet of things; IIoT; industrial IoT; connected devices | 사물인터넷; 산업용 IoT; 아이오티 | edge-computing
sensor-data | sensor data; sensor analytics; time-series sensor data | 센서 데이터; 센서데이터 | iot big-data
privacy | data privacy; personal data; personal information; de-identification; anonymization | 개인정보; 개인정보보호; 가명처리; 비식별화; 익명화 | data-governance
ai-chip-usage | GPU utilization; AI workload; inference serving | GPU 활용; AI 워크로드; 추론 서빙 | ai-infrastructure
knowledge-management | knowledge management; enterprise AI; AI transformation; AX; digital transformation; DX | 지식관리; 기업용 AI; AI 전환; 디지털 전환; 디지털전환 | ai
ai-evaluation | model evaluation; benchmarking AI; AI testing | 모델 평가; AI 평가; AI 검증 | mlops
ai-translation-localization | AI dubbing; AI subtitles | AI 더빙; AI 자막 | speech-ai
ai-customer-service | AI contact center; AICC; customer service automation | AI 컨택센터; 고객센터 자동화; AI 상담 | chatbot
ai-hr | HR tech; AI recruiting; talent matching | HR 테크; AI 채용; 인재 매칭 | ai
ai-public | public sector AI; government AI; smart government | 공공 AI; 공공부문 AI; 전자정부 | ai
ai-weather | AI weather forecasting; weather prediction model | AI 기상 예측; 날씨 예측; 기상 예측 | forecasting
ai-semantic-matching | matchmaking; matching algorithm; semantic matching | 매칭; 매칭 알고리즘; 의미 기반 매칭 | recommendation
`,
};
