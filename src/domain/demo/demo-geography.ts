/**
 * Real cities with real zip codes and area codes for the states the demo plans cover, so
 * that an address, its zip and its phone number agree (the practitioner search matches on
 * state and zip). Phone numbers use the 555 exchange and never reach a real line.
 */
export interface DemoCity {
  city: string;
  zips: readonly string[];
  areaCode: string;
}

export const demoCitiesByState: Readonly<Record<string, readonly DemoCity[]>> = {
  AL: [
    { city: 'Birmingham', zips: ['35203', '35233'], areaCode: '205' },
    { city: 'Montgomery', zips: ['36104', '36106'], areaCode: '334' },
    { city: 'Mobile', zips: ['36602', '36604'], areaCode: '251' },
    { city: 'Huntsville', zips: ['35801', '35806'], areaCode: '256' },
    { city: 'Tuscaloosa', zips: ['35401'], areaCode: '205' },
  ],
  AZ: [
    { city: 'Phoenix', zips: ['85004', '85006'], areaCode: '602' },
    { city: 'Tucson', zips: ['85701', '85719'], areaCode: '520' },
    { city: 'Mesa', zips: ['85201', '85210'], areaCode: '480' },
    { city: 'Scottsdale', zips: ['85251', '85258'], areaCode: '480' },
    { city: 'Flagstaff', zips: ['86001'], areaCode: '928' },
  ],
  CO: [
    { city: 'Denver', zips: ['80202', '80218'], areaCode: '303' },
    { city: 'Colorado Springs', zips: ['80903', '80909'], areaCode: '719' },
    { city: 'Aurora', zips: ['80012', '80045'], areaCode: '303' },
    { city: 'Fort Collins', zips: ['80521', '80524'], areaCode: '970' },
    { city: 'Boulder', zips: ['80301', '80303'], areaCode: '303' },
  ],
  CT: [
    { city: 'Hartford', zips: ['06103', '06106'], areaCode: '860' },
    { city: 'New Haven', zips: ['06510', '06511'], areaCode: '203' },
    { city: 'Bridgeport', zips: ['06604', '06606'], areaCode: '203' },
    { city: 'Stamford', zips: ['06901', '06902'], areaCode: '203' },
    { city: 'Waterbury', zips: ['06702', '06708'], areaCode: '203' },
    { city: 'Norwich', zips: ['06360'], areaCode: '860' },
  ],
  FL: [
    { city: 'Miami', zips: ['33130', '33136'], areaCode: '305' },
    { city: 'Tampa', zips: ['33602', '33606'], areaCode: '813' },
    { city: 'Orlando', zips: ['32801', '32803'], areaCode: '407' },
    { city: 'Jacksonville', zips: ['32202', '32207'], areaCode: '904' },
    { city: 'Tallahassee', zips: ['32301', '32308'], areaCode: '850' },
    { city: 'St. Petersburg', zips: ['33701', '33705'], areaCode: '727' },
    { city: 'Fort Lauderdale', zips: ['33301', '33316'], areaCode: '954' },
    { city: 'Gainesville', zips: ['32601', '32608'], areaCode: '352' },
  ],
  IL: [
    { city: 'Chicago', zips: ['60601', '60611', '60612', '60616', '60640'], areaCode: '312' },
    { city: 'Aurora', zips: ['60505', '60506'], areaCode: '630' },
    { city: 'Rockford', zips: ['61101', '61107'], areaCode: '815' },
    { city: 'Joliet', zips: ['60432', '60435'], areaCode: '815' },
    { city: 'Naperville', zips: ['60540', '60563'], areaCode: '630' },
    { city: 'Springfield', zips: ['62701', '62702'], areaCode: '217' },
    { city: 'Peoria', zips: ['61602', '61614'], areaCode: '309' },
    { city: 'Champaign', zips: ['61820'], areaCode: '217' },
  ],
  WI: [
    { city: 'Milwaukee', zips: ['53202', '53215', '53233'], areaCode: '414' },
    { city: 'Madison', zips: ['53703', '53704', '53711'], areaCode: '608' },
    { city: 'Green Bay', zips: ['54301', '54304'], areaCode: '920' },
    { city: 'Kenosha', zips: ['53140', '53144'], areaCode: '262' },
    { city: 'Eau Claire', zips: ['54701', '54703'], areaCode: '715' },
  ],
  MA: [
    { city: 'Boston', zips: ['02114', '02115', '02118'], areaCode: '617' },
    { city: 'Worcester', zips: ['01608', '01610'], areaCode: '508' },
    { city: 'Springfield', zips: ['01103', '01109'], areaCode: '413' },
    { city: 'Lowell', zips: ['01852', '01854'], areaCode: '978' },
    { city: 'Cambridge', zips: ['02138', '02139'], areaCode: '617' },
    { city: 'New Bedford', zips: ['02740', '02744'], areaCode: '508' },
    { city: 'Brockton', zips: ['02301', '02302'], areaCode: '508' },
    { city: 'Quincy', zips: ['02169', '02170'], areaCode: '617' },
  ],
  NC: [
    { city: 'Charlotte', zips: ['28202', '28204'], areaCode: '704' },
    { city: 'Raleigh', zips: ['27601', '27607'], areaCode: '919' },
    { city: 'Greensboro', zips: ['27401', '27403'], areaCode: '336' },
    { city: 'Durham', zips: ['27701', '27710'], areaCode: '919' },
    { city: 'Winston-Salem', zips: ['27101', '27103'], areaCode: '336' },
    { city: 'Asheville', zips: ['28801', '28803'], areaCode: '828' },
  ],
  NH: [
    { city: 'Manchester', zips: ['03101', '03103'], areaCode: '603' },
    { city: 'Nashua', zips: ['03060', '03063'], areaCode: '603' },
    { city: 'Concord', zips: ['03301'], areaCode: '603' },
    { city: 'Dover', zips: ['03820'], areaCode: '603' },
    { city: 'Portsmouth', zips: ['03801'], areaCode: '603' },
    { city: 'Keene', zips: ['03431'], areaCode: '603' },
    { city: 'Lebanon', zips: ['03766'], areaCode: '603' },
  ],
  PA: [
    { city: 'Philadelphia', zips: ['19103', '19104', '19107', '19143'], areaCode: '215' },
    { city: 'Pittsburgh', zips: ['15213', '15222'], areaCode: '412' },
    { city: 'Allentown', zips: ['18102', '18103'], areaCode: '610' },
    { city: 'Harrisburg', zips: ['17101', '17110'], areaCode: '717' },
    { city: 'Erie', zips: ['16501', '16506'], areaCode: '814' },
    { city: 'Scranton', zips: ['18503', '18505'], areaCode: '570' },
    { city: 'Lancaster', zips: ['17602', '17603'], areaCode: '717' },
    { city: 'Reading', zips: ['19601', '19604'], areaCode: '610' },
  ],
  RI: [
    { city: 'Providence', zips: ['02903', '02906'], areaCode: '401' },
    { city: 'Warwick', zips: ['02886', '02889'], areaCode: '401' },
    { city: 'Cranston', zips: ['02910', '02920'], areaCode: '401' },
    { city: 'Pawtucket', zips: ['02860'], areaCode: '401' },
    { city: 'Newport', zips: ['02840'], areaCode: '401' },
  ],
  TN: [
    { city: 'Nashville', zips: ['37203', '37205', '37210'], areaCode: '615' },
    { city: 'Memphis', zips: ['38103', '38104'], areaCode: '901' },
    { city: 'Knoxville', zips: ['37902', '37919'], areaCode: '865' },
    { city: 'Chattanooga', zips: ['37402', '37403'], areaCode: '423' },
    { city: 'Franklin', zips: ['37064', '37067'], areaCode: '615' },
    { city: 'Clarksville', zips: ['37040', '37042'], areaCode: '931' },
    { city: 'Murfreesboro', zips: ['37129', '37130'], areaCode: '615' },
    { city: 'Jackson', zips: ['38301', '38305'], areaCode: '731' },
  ],
  TX: [
    { city: 'Houston', zips: ['77002', '77030'], areaCode: '713' },
    { city: 'Dallas', zips: ['75201', '75246'], areaCode: '214' },
    { city: 'San Antonio', zips: ['78205', '78229'], areaCode: '210' },
    { city: 'Austin', zips: ['78701', '78756'], areaCode: '512' },
    { city: 'Fort Worth', zips: ['76102', '76104'], areaCode: '817' },
    { city: 'El Paso', zips: ['79901', '79902'], areaCode: '915' },
    { city: 'Lubbock', zips: ['79401', '79430'], areaCode: '806' },
    { city: 'Corpus Christi', zips: ['78401', '78411'], areaCode: '361' },
  ],
};

export function demoCities(state: string): readonly DemoCity[] {
  const cities = demoCitiesByState[state];
  if (!cities || cities.length === 0) {
    throw new Error(`No demo geography for state ${state}; add its cities to demo-geography.ts`);
  }
  return cities;
}

export const streetNames: readonly string[] = [
  'Main', 'Oak', 'Maple', 'Cedar', 'Elm', 'Pine', 'Washington', 'Lincoln', 'Jefferson', 'Madison', 'Franklin', 'Park',
  'Lake', 'Hill', 'Walnut', 'Chestnut', 'Spruce', 'Highland', 'Church', 'Market', 'Spring', 'Center', 'Mill', 'River',
  'Sunset', 'Ridge', 'Meadow', 'Forest', 'Willow', 'Cherry', 'Locust', 'Prospect', 'Union', 'Liberty', 'Front',
  'Broad', 'Grove', 'Summit', 'Valley', 'Orchard',
];

export const streetSuffixes: readonly string[] = ['St', 'Ave', 'Rd', 'Blvd', 'Dr', 'Ln', 'Way', 'Ct', 'Pl', 'Pkwy'];
