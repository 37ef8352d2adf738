/** The helpline every goods category and the contact page point to. */
export const HELPLINE_ID = 'export-control-helpline';
