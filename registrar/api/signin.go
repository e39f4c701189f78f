package api

// SignInRequest is the body of POST /v1/elections/{election}/sign-in: the
// voter's id and code, checked exactly as a token request's, without a
// token.
type SignInRequest struct {
	VoterID string `json:"voter_id"`
	Code    string `json:"code"`
}

// SignInResponse is its answer.
type SignInResponse struct {
	// Issued is true once the voter is bound to a blinded message: a
	// token was issued (or its issuance begun) for this voter, and only
	// that blinded message will be signed again.
	Issued bool `json:"issued"`
}
