/**
 * A facility whose eCalcura data is kept at another one: a centrum voor kortverblijf falls under
 * its woonzorgcentrum in eCalcura and has no roles of its own (seed 002). Its contacts and
 * messages stay its own; personnel data and bank accounts are entered at the WZC.
 */
export const ecalcuraUnder = `
ALTER TABLE organisations ADD COLUMN ecalcura_hco TEXT REFERENCES organisations(hco);
`;
