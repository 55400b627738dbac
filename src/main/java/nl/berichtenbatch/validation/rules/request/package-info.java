/**
 * Level-2 rules on requests and answers: the request for allocation (315), the request for change (317) and the
 * answer to a request (319).
 */
package nl.berichtenbatch.validation.rules.request;
