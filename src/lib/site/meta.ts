/** The site's name and purpose, used in the header, titles and structured data. */
export const SITE_NAME = 'North Korea Trade Guidance';
export const SITE_DESCRIPTION =
  'Guidance on trade with North Korea: the UK ban on exporting luxury goods, and the goods North Korea is reported to prohibit or license.';
export const OGL_URL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';
