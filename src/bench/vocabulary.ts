/**
 * The words synthetic minutes are made of. The search index is only
 * realistic if the vocabulary is: minutes of one council use a few thousand
 * distinct words, and a national archive tens of thousands. Words are built
 * from the lists below and from place and surname stems combined, so the
 * vocabulary grows with the archive as real ones do.
 */
export const SUBJECTS = [
  'adult social care', 'children in care', 'care leavers', 'SEND transport', 'school exclusions', 'home to school transport',
  'highways maintenance', 'pothole repairs', 'street lighting', 'waste collection', 'recycling rates', 'fly-tipping',
  'the local plan', 'planning enforcement', 'affordable housing', 'temporary accommodation', 'homelessness prevention',
  'the capital programme', 'the revenue budget', 'council tax support', 'business rates', 'the medium term financial strategy',
  'public health', 'drug and alcohol services', 'smoking cessation', 'air quality', 'climate emergency', 'tree planting',
  'flood risk management', 'the libraries review', 'leisure centres', 'parks and open spaces', 'community safety',
  'antisocial behaviour', 'licensing policy', 'taxi licensing', 'the corporate plan', 'workforce development',
  'agency staff', 'apprenticeships', 'the digital strategy', 'customer contact', 'complaints and compliments',
  'early help', 'family hubs', 'youth services', 'the virtual school', 'fostering recruitment', 'adoption services',
  'domiciliary care', 'care home fees', 'hospital discharge', 'mental health services', 'learning disability services',
  'bus services', 'cycling infrastructure', 'town centre regeneration', 'the market hall', 'economic development',
  'skills and employment', 'NEET young people', 'the Youth Council', 'the safeguarding partnership', 'Ofsted inspection',
  'CQC inspection', 'internal audit', 'treasury management', 'procurement', 'social value', 'asset disposals',
  'the housing revenue account', 'damp and mould', 'selective licensing', 'cemeteries and crematoria', 'coastal defences',
];

export const VERBS = [
  'received', 'considered', 'noted', 'welcomed', 'discussed', 'scrutinised', 'questioned', 'challenged', 'endorsed',
  'recommended', 'approved', 'agreed', 'requested', 'queried', 'asked about', 'commented on', 'raised concerns about',
];

export const OFFICER_TITLES = [
  'Executive Director of Children\'s Services', 'Director of Adult Social Care', 'Director of Public Health',
  'Director of Finance', 'Head of Legal Services', 'Operational Director, Education', 'Head of Planning',
  'Director of Place', 'Head of Housing', 'Chief Executive', 'Head of Democratic Services', 'Strategic Director, Enterprise',
];

export const REPORT_NOUNS = ['report', 'update', 'presentation', 'review', 'strategy', 'action plan', 'monitoring report', 'consultation response', 'business case', 'policy'];

export const CONNECTORS = ['In response to questions,', 'Members noted that', 'It was reported that', 'Officers confirmed that', 'The Board heard that', 'Following discussion,', 'It was explained that', 'A Member asked whether', 'The Chair noted that', 'In relation to', 'It was agreed that', 'Concerns were raised that'];

export const NOUNS = [
  'performance', 'spending', 'demand', 'capacity', 'waiting times', 'outcomes', 'targets', 'milestones', 'risks', 'savings',
  'overspend', 'underspend', 'staffing', 'vacancies', 'recruitment', 'retention', 'referrals', 'assessments', 'placements',
  'contracts', 'providers', 'partners', 'residents', 'families', 'pupils', 'tenants', 'businesses', 'volunteers', 'ward members',
  'complaints', 'inspections', 'audits', 'grants', 'funding', 'income', 'charges', 'fees', 'benchmarks', 'indicators', 'trends',
];

export const ADJECTIVES = ['significant', 'modest', 'continued', 'improved', 'reduced', 'increased', 'sustained', 'emerging', 'national', 'regional', 'local', 'statutory', 'additional', 'temporary', 'permanent', 'proposed', 'revised', 'quarterly', 'annual'];

export const PLACE_STEMS = ['Ash', 'Brook', 'Castle', 'Church', 'Dale', 'East', 'Fair', 'Green', 'Hall', 'High', 'Kings', 'Lang', 'Mill', 'New', 'North', 'Oak', 'Park', 'Queens', 'Red', 'South', 'Stan', 'Thorn', 'Up', 'West', 'Whit', 'Wood'];
export const PLACE_ENDINGS = ['ford', 'ton', 'ley', 'field', 'bury', 'wick', 'worth', 'ham', 'by', 'stead', 'bridge', 'mouth', 'combe', 'hurst', 'thorpe', 'ing'];
export const FIRST_NAMES = ['Aisha', 'Alan', 'Amy', 'Andrew', 'Angela', 'Ben', 'Carol', 'Chris', 'David', 'Deborah', 'Eddie', 'Emma', 'Fatima', 'Gareth', 'Geoffrey', 'Hannah', 'Ian', 'Janet', 'John', 'Karen', 'Kevin', 'Laura', 'Liam', 'Margaret', 'Mark', 'Mike', 'Nadia', 'Neil', 'Pat', 'Paul', 'Priya', 'Rachel', 'Raj', 'Sandra', 'Sarah', 'Simon', 'Susan', 'Tom', 'Tony', 'Victoria', 'Wendy', 'Yusuf'];
export const SURNAME_STEMS = ['Ab', 'Bar', 'Brad', 'Carr', 'Dow', 'Ed', 'Fen', 'Gar', 'Hol', 'Jen', 'Kir', 'Lind', 'Mar', 'Nor', 'Ow', 'Pem', 'Rad', 'Shel', 'Tal', 'Wal', 'Whit', 'Wil'];
export const SURNAME_ENDINGS = ['ton', 'ley', 'son', 'well', 'worth', 'field', 'ridge', 'more', 'by', 'lock', 'man', 'ing', 'cliffe', 'wood'];
