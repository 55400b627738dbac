/**
 * Rules on requests and answers: the request for allocation (315), the request for change (317) and the answer to a
 * request (319); at level 2 inside the message ({@code RequestRules}), at level 3 against the allocations, requests
 * and answers before it ({@code RequestHistoryRules}).
 */
package nl.berichtenbatch.validation.rules.request;
