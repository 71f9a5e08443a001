/** The CLI's typo suggestions are the domain's (one edit distance, one threshold). @internal */
export { closestName } from '../../domain/closestName';
