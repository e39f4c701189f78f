package registrar

// SetAfterClaim sets a hook run between Claim and signing (fault tests
// widen the crash window with it).
func SetAfterClaim(s *Service, f func()) {
	s.stage = func(stage string) {
		if stage == "claim" {
			f()
		}
	}
}

// SetStageHook sets a hook run after each stage of an issuance: "claim"
// (the intent is durable), "sign" (signed, not stored), "complete" (the
// signature and its numbered log entry are durable, not answered).
func SetStageHook(s *Service, f func(stage string)) { s.stage = f }

// DecodeTokenRequest exposes the request decoder to the fuzz test.
var DecodeTokenRequest = decodeTokenRequest

// Dummy is the record an unknown voter's code is checked against.
func Dummy(a *CodeAuthenticator) []byte { return a.dummy }

// VoterKey and ClientKey are the store keys of the attempt counters.
func VoterKey(voterID, client string) string { return voterKey + voterID + "/" + clientOf(client) }
func ClientKey(client string) string         { return clientKey + clientOf(client) }

// ClientOf is the client a limit counts for a ClientID.
var ClientOf = clientOf
