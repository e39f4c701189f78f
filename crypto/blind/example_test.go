package blind_test

import (
	"crypto/rand"
	"fmt"
	"log"

	"github.com/evote-org/evote/crypto/blind"
	"github.com/evote-org/evote/crypto/blind/signer"
	"github.com/evote-org/evote/crypto/transcript"
)

// The whole flow of a token: the registrar publishes its key, the booth
// blinds the token message for a fresh pseudonym, the registrar signs what
// it cannot read, the booth unblinds, and anyone verifies.
func Example() {
	// Registrar, before registration opens. A real election makes its key
	// with signer.Generate(rand.Reader, blind.MinBits) and signer.Save;
	// this example loads the package's test-only key.
	signer, err := signer.Load("testdata/test-only-key-3072.pem")
	if err != nil {
		log.Fatal(err)
	}
	published := signer.Public().Bytes() // goes on chain

	// Booth: check the published key, name the election and the pseudonym
	// (the address of a one-time secp256k1 key), and blind.
	pub, err := blind.ParsePublicKey(published)
	if err != nil {
		log.Fatal(err)
	}
	ctx := transcript.Context{ChainID: 1337} // plus contract and election id
	var pseudonym [20]byte
	msg := blind.Message(ctx, pseudonym)
	blinded, state, err := blind.Blind(pub, msg, rand.Reader)
	if err != nil {
		log.Fatal(err)
	}

	// Registrar, once the voter is authenticated: sign blindly.
	blindSig, err := signer.BlindSign(blinded)
	if err != nil {
		log.Fatal(err)
	}

	// Booth: unblind into the token that goes with the ballot.
	token, err := blind.Finalize(state, blindSig)
	if err != nil {
		log.Fatal(err)
	}

	// Relay, tally, observers.
	err = blind.Verify(pub, msg, token)
	fmt.Printf("token of %d bytes, verify: %v\n", len(token), err)
	// Output: token of 416 bytes, verify: <nil>
}
