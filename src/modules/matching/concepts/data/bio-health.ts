import type { ConceptSheet } from '../concept.types';

/** Bio and health: therapeutics, modalities, diagnostics, devices, digital health and the clinical path. */
export const BIO_HEALTH: ConceptSheet = {
  sector: 'bio-health',
  lines: `
biotech | biotechnology; biotech; life sciences; biopharma | 바이오; 바이오기술; 생명공학; 바이오텍; 바이오의약
drug-discovery | drug discovery; new drug development; drug development; novel therapeutics | 신약 개발; 신약개발; 신약; 혁신신약 | biotech
ai-drug-discovery | AI drug discovery; AI-driven drug discovery; AI-based drug design; computational drug discovery; in silico drug design | AI 신약 개발; AI 신약개발; 인공지능 신약; AI 기반 신약 | drug-discovery ai
drug-candidate | drug candidate; lead compound; hit-to-lead; pipeline candidate | 후보물질; 신약 후보물질; 선도물질; 파이프라인 | drug-discovery
small-molecule | small molecule; small-molecule drug; synthetic drug | 저분자; 저분자 화합물; 합성신약; 저분자 신약 | drug-discovery
targeted-protein-degradation | targeted protein degradation; TPD; PROTAC; molecular glue | 표적단백질분해; 프로탁; 분자접착제 | small-molecule
biologics | biologics; biopharmaceuticals; biologic drug | 바이오의약품; 생물의약품 | biotech
antibody | antibody; monoclonal antibody; mAb; therapeutic antibody | 항체; 단일클론항체; 항체의약품; 항체 치료제 | biologics
bispecific-antibody | bispecific antibody; bispecific; multispecific antibody | 이중항체; 이중특이항체; 다중항체 | antibody
adc | ADC; antibody-drug conjugate; antibody drug conjugates | 항체-약물 접합체; 항체약물접합체; 항체 약물 결합체 | antibody
adc-linker-payload | linker-payload; ADC linker; ADC payload; conjugation technology | 링커; 페이로드; 접합 기술; 링커 페이로드 | adc
biosimilar | biosimilar; biosimilars; follow-on biologic | 바이오시밀러; 동등생물의약품 | biologics
cell-therapy | cell therapy; cellular therapy | 세포치료제; 세포 치료제; 세포치료 | biologics
car-t | CAR-T; CAR-T cell therapy; chimeric antigen receptor; CAR-NK | 카티; CAR-T 세포치료제; 키메라 항원 수용체 | cell-therapy immuno-oncology
stem-cell | stem cell; iPSC; induced pluripotent stem cell; MSC | 줄기세포; 유도만능줄기세포; 중간엽줄기세포 | cell-therapy
gene-therapy | gene therapy; AAV gene therapy; viral vector | 유전자치료제; 유전자 치료제; 유전자치료; 바이러스 벡터 | biologics
gene-editing | gene editing; genome editing; CRISPR; CRISPR-Cas9; base editing; prime editing | 유전자 편집; 유전자가위; 크리스퍼; 염기편집; 유전체 편집 | gene-therapy
mrna | mRNA; messenger RNA; mRNA platform; mRNA therapeutics | 엠알엔에이; 메신저 리보핵산; mRNA 플랫폼; mRNA 치료제 | rna-therapeutics
rna-therapeutics | RNA therapeutics; siRNA; antisense oligonucleotide; ASO; RNAi; oligonucleotide | RNA 치료제; 리보핵산 치료제; 올리고뉴클레오타이드; 안티센스 | biologics
lnp | lipid nanoparticle; LNP; drug delivery nanoparticle | 지질나노입자; 지질 나노입자 | drug-delivery
drug-delivery | drug delivery; drug delivery system; DDS; delivery platform; long-acting injectable | 약물전달; 약물 전달; 약물전달시스템; 전달 플랫폼; 장기지속형 주사제 | drug-discovery
microneedle | microneedle; microneedle patch; transdermal delivery | 마이크로니들; 경피 전달; 마이크로니들 패치 | drug-delivery
vaccine | vaccine; vaccines; next-generation vaccine; immunization | 백신; 차세대 백신; 예방백신 | biologics infectious-disease
peptide | peptide therapeutics; peptide drug; GLP-1; peptide | 펩타이드; 펩타이드 치료제; 펩타이드 신약 | drug-discovery
obesity-metabolic | obesity treatment; metabolic disease; diabetes; anti-obesity drug | 비만 치료제; 비만치료제; 대사질환; 당뇨병; 당뇨 | therapeutic-area
therapeutic-area | therapeutic area; indication; disease area | 적응증; 질환 영역; 치료 영역 | drug-discovery
oncology | oncology; cancer; cancer therapy; anticancer; tumor | 항암; 종양학; 항암제; 종양; 암 치료 | therapeutic-area
immuno-oncology | immuno-oncology; immunotherapy; cancer immunotherapy; immune checkpoint inhibitor | 면역항암제; 면역항암; 면역관문억제제; 면역치료 | oncology
rare-disease | rare disease; orphan drug; rare diseases | 희귀질환; 희귀의약품; 희귀 질환 | therapeutic-area
neurodegenerative | neurodegenerative disease; Alzheimer's disease; Alzheimer; Parkinson's disease; dementia; CNS | 퇴행성 뇌질환; 알츠하이머; 파킨슨병; 치매; 중추신경계; 뇌질환 | therapeutic-area
autoimmune | autoimmune disease; inflammation; immunology; rheumatoid arthritis | 자가면역질환; 자가면역; 염증성 질환; 류마티스 | therapeutic-area
infectious-disease | infectious disease; antiviral; antibacterial; antimicrobial resistance; pandemic | 감염병; 항바이러스; 항생제; 항균제 내성; 팬데믹 | therapeutic-area
cardiovascular | cardiovascular disease; heart failure; cardiology | 심혈관질환; 심혈관 질환; 심부전; 심장 질환 | therapeutic-area
ophthalmology | ophthalmology; retinal disease; macular degeneration | 안과 질환; 망막질환; 황반변성; 안과 | therapeutic-area
microbiome | microbiome; gut microbiome; microbiome therapeutics; live biotherapeutics | 마이크로바이옴; 장내미생물; 장내 미생물; 마이크로바이옴 치료제 | biologics
organoid | organoid; organoids; organ-on-a-chip; 3D cell culture | 오가노이드; 장기유사체; 장기칩; 3차원 세포배양 | preclinical
preclinical | preclinical study; preclinical; animal study; in vivo efficacy | 비임상; 전임상; 동물실험; 비임상 시험 | drug-discovery
clinical-trial | clinical trial; clinical trials; clinical study; IND; phase 1; phase 2; phase 3 | 임상시험; 임상 시험; 임상; 임상 1상; 임상 2상; 임상 3상; 임상시험계획 | drug-discovery
decentralized-trials | decentralized clinical trial; DCT; virtual trials; clinical trial recruitment | 분산형 임상시험; 임상 환자 모집; 비대면 임상 | clinical-trial digital-health
cro | CRO; contract research organization | 임상시험수탁기관; 임상수탁; 시험수탁기관 | clinical-trial
cdmo | CDMO; contract manufacturing; biomanufacturing | 위탁개발생산; 위탁생산; 바이오 위탁생산; 바이오 생산 | biologics
bioprocess | bioprocess; cell culture media; upstream process; downstream purification; bioreactor | 바이오공정; 배양 배지; 바이오리액터; 정제 공정; 생물반응기 | cdmo
synthetic-biology | synthetic biology; synbio; metabolic engineering; precision fermentation | 합성생물학; 대사공학; 정밀발효 | biotech
biomarker | biomarker; biomarkers; companion diagnostic | 바이오마커; 동반진단; 생체표지자 | diagnostics
diagnostics | diagnostics; in vitro diagnostics; IVD; diagnostic test; diagnostic kit; blood test; blood testing | 진단; 체외진단; 진단키트; 진단 키트; 진단기기; 혈액 검사; 혈액검사 | medtech
molecular-diagnostics | molecular diagnostics; PCR; qPCR; RT-PCR; isothermal amplification | 분자진단; 유전자 증폭; 중합효소연쇄반응 | diagnostics
point-of-care | point-of-care testing; POCT; rapid test; at-home test | 현장진단; 신속진단; 자가진단; 현장 진단 | diagnostics
liquid-biopsy | liquid biopsy; ctDNA; circulating tumor DNA; cell-free DNA | 액체생검; 액체 생검; 순환종양DNA | diagnostics oncology
cancer-screening | early cancer detection; cancer screening; multi-cancer early detection; MCED | 암 조기진단; 암 조기 진단; 암 검진; 다중암 조기진단 | diagnostics oncology
genomics | genomics; genome sequencing; NGS; next-generation sequencing; whole genome sequencing | 유전체; 유전체 분석; 차세대 염기서열 분석; 유전체학; 염기서열 분석 | biotech
single-cell | single-cell analysis; single-cell sequencing; spatial transcriptomics | 단일세포 분석; 단일세포; 공간전사체 | genomics
proteomics | proteomics; protein analysis; mass spectrometry | 단백체; 단백체 분석; 질량분석 | biotech
protein-design | protein design; protein structure prediction; AlphaFold; de novo protein | 단백질 설계; 단백질 구조 예측; 단백질 디자인 | ai-drug-discovery
precision-medicine | precision medicine; personalized medicine; pharmacogenomics | 정밀의료; 맞춤의료; 개인 맞춤형 의료; 약물유전체 | digital-health genomics
medtech | medical device; medical devices; medtech; medical equipment | 의료기기; 의료 기기; 메드테크; 의료장비 | biotech
medical-imaging | medical imaging; ultrasound; MRI; CT; X-ray imaging | 의료영상; 의료 영상; 초음파; 자기공명영상; 엑스레이 | medtech
ai-medical-imaging | AI medical imaging; AI radiology; AI image reading; computer-aided diagnosis | AI 영상진단; AI 의료영상; 인공지능 판독; 영상 판독 AI; 컴퓨터 보조진단; AI 판독; 의료영상 AI | medical-imaging ai
digital-pathology | digital pathology; AI pathology; whole slide imaging | 디지털 병리; AI 병리; 병리 진단; 디지털병리 | ai-medical-imaging
surgical-robot | surgical robot; robotic surgery; surgical robotics | 수술 로봇; 수술로봇; 로봇수술 | medtech medical-robot
wearable-health | wearable health monitor; wearable medical device; vital-sign monitoring; biosignal; continuous monitoring | 웨어러블 의료기기; 생체신호; 생체신호 모니터링; 웨어러블 헬스케어; 생체 신호 | medtech digital-health
cgm | continuous glucose monitor; CGM; glucose monitoring | 연속혈당측정기; 연속 혈당 측정; 혈당 측정 | wearable-health
ecg | ECG; electrocardiogram; EKG; arrhythmia detection | 심전도; 부정맥 검출; 심전도 모니터링 | wearable-health cardiovascular
implantable | implantable device; neurostimulation; neuromodulation; bioelectronic medicine | 이식형 의료기기; 신경자극; 신경조절; 전자약 | medtech
bci | brain-computer interface; BCI; neural interface; brain-machine interface | 뇌-컴퓨터 인터페이스; 뇌컴퓨터인터페이스; 뉴럴 인터페이스; 뇌신호 | medtech
digital-health | digital health; digital healthcare; healthtech; health tech | 디지털 헬스; 디지털헬스케어; 디지털 헬스케어; 헬스케어 IT | biotech
digital-therapeutics | digital therapeutics; DTx; prescription digital therapeutic; software as a medical device; SaMD | 디지털 치료제; 디지털치료제; 소프트웨어 의료기기 | digital-health
telemedicine | telemedicine; telehealth; remote patient monitoring; virtual care | 원격의료; 비대면 진료; 원격진료; 원격 환자 모니터링 | digital-health
ehr | EHR; electronic health record; EMR; medical records; hospital information system | 전자의무기록; 전자건강기록; 의료정보시스템; 병원정보시스템 | digital-health health-data
health-data | health data; real-world data; RWD; real-world evidence; RWE; medical data | 의료 데이터; 의료데이터; 실사용 데이터; 실사용 증거; 보건의료 데이터 | digital-health
clinical-decision-support | clinical decision support; CDSS; AI diagnosis support; sepsis prediction | 임상의사결정지원; 임상 의사결정 지원; AI 진단 보조 | digital-health ai
mental-health | mental health; depression; digital mental health; cognitive behavioral therapy | 정신건강; 우울증; 마음건강; 인지행동치료 | digital-health
chronic-care | chronic disease management; chronic care; hypertension management | 만성질환 관리; 만성질환; 고혈압 관리 | digital-health
elderly-care | elderly care; aging; senior care; silver economy; healthy aging | 노인 돌봄; 고령화; 시니어 케어; 실버; 돌봄 | digital-health
rehabilitation | rehabilitation; rehab; physical therapy | 재활; 재활치료; 물리치료 | medtech
dental | dental; dentistry; dental implant; digital dentistry | 치과; 치과 임플란트; 디지털 치과 | medtech
aesthetic-medicine | aesthetic medicine; dermatology; medical aesthetics; skin booster | 미용의료; 피부과; 에스테틱; 피부 미용 | medtech
bio-regulatory | FDA approval; MFDS approval; KFDA; marketing authorization; 510(k); CE-IVDR | 식약처 허가; 식약처; 품목허가; 미국 FDA 승인; FDA 승인; 의료기기 인허가 | regulatory-approval
gmp | GMP; good manufacturing practice; cGMP | 우수의약품 제조관리기준; GMP 인증 | cdmo
pharmacokinetics | pharmacokinetics; PK/PD; ADME; toxicology | 약동학; 약력학; 독성시험; 독성 | preclinical
animal-health | animal health; veterinary; companion animal | 동물의약품; 반려동물 헬스케어; 동물용 의약품 | biotech
`,
};
