package booth_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"strings"
	"testing"

	"github.com/evote-org/evote/crypto/blind/signer"
	"github.com/evote-org/evote/web/booth"
)

// lossy is a registrar whose first answer is lost after it signed.
type lossy struct {
	booth.Signer
	lost bool
}

func (l *lossy) BlindSign(ctx context.Context, voterID, code string, blinded []byte) ([]byte, error) {
	sig, err := l.Signer.BlindSign(ctx, voterID, code, blinded)
	if err == nil && !l.lost {
		l.lost = true
		return nil, booth.ErrUnreachable
	}
	return sig, err
}

// TestPendingResume: a sign-in whose answer was lost after the registrar
// signed is finished from its saved state (the same blinded message),
// where a fresh sign-in is refused as already issued.
func TestPendingResume(t *testing.T) {
	ctx := context.Background()
	key, err := signer.Load("../../crypto/blind/testdata/test-only-key-3072.pem")
	if err != nil {
		t.Fatal(err)
	}
	reg, codes := newRegistrar(t, key, 1)
	e := &booth.Election{Context: tctx, RegistrarKey: key.Public()}
	p, err := e.Begin("V0000", rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	saved := p.Save()
	if bytes.Contains(saved, []byte(codes["V0000"])) {
		t.Fatal("the pending state holds the voting code")
	}
	if _, err := p.Finish(ctx, &lossy{Signer: reg}, codes["V0000"]); !errors.Is(err, booth.ErrUnreachable) {
		t.Fatalf("lost answer: %v", err)
	}
	var re *booth.RegistrarError
	if _, err := e.Register(ctx, reg, "V0000", codes["V0000"], rand.Reader); !errors.As(err, &re) || re.ErrorResponse.Error != "already_issued" {
		t.Fatalf("a fresh sign-in after the lost answer: %v", err)
	}
	resumed, err := e.ResumePending(saved)
	if err != nil || resumed.VoterID != "V0000" || !bytes.Equal(resumed.Blinded, p.Blinded) {
		t.Fatalf("resumed %v, %v", resumed, err)
	}
	cred, err := resumed.Finish(ctx, reg, codes["V0000"])
	if err != nil || cred.Key.Address() != p.Pseudonym() {
		t.Fatalf("finished %v, %v", cred, err)
	}
}

// TestPendingDecode: malformed and hostile saved states are refused with
// ErrPending, never a panic.
func TestPendingDecode(t *testing.T) {
	key, _ := signer.Load("../../crypto/blind/testdata/test-only-key-3072.pem")
	e := &booth.Election{Context: tctx, RegistrarKey: key.Public()}
	p, err := e.Begin("V0000", rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	good := string(p.Save())
	b64 := base64.StdEncoding.EncodeToString
	flipped := append([]byte(nil), p.Blinded...)
	flipped[10] ^= 1
	other := *e
	other.Context.ElectionID[0] ^= 1
	for name, data := range map[string]string{
		"empty":         "",
		"not JSON":      "{",
		"null":          "null",
		"array":         "[]",
		"other version": strings.Replace(good, "evote/v1/booth-pending", "evote/v9/booth-pending", 1),
		"credential":    `{"v":"evote/v1/booth-credential","seed":"` + b64(make([]byte, 32)) + `","token":""}`,
		"short seed":    strings.Replace(good, `"seed":"`, `"seed":"AAAA`, 1),
		"no voter":      strings.Replace(good, `"voter":"V0000"`, `"voter":""`, 1),
		"long voter":    strings.Replace(good, `"voter":"V0000"`, `"voter":"`+strings.Repeat("V", 300)+`"`, 1),
		"zero seed":     `{"v":"evote/v1/booth-pending","voter":"V","seed":"` + b64(make([]byte, 32)) + `","blind":"` + b64(make([]byte, 32)) + `","blinded":""}`,
		"other blinded": strings.Replace(good, b64(p.Blinded), b64(flipped), 1),
		"huge blinded":  strings.Replace(good, b64(p.Blinded), b64(make([]byte, 1<<16)), 1),
		"wrong types":   `{"v":1,"voter":[],"seed":{},"blind":null,"blinded":true}`,
		"bad base64":    strings.Replace(good, `"blind":"`, `"blind":"!`, 1),
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := e.ResumePending([]byte(data)); !errors.Is(err, booth.ErrPending) {
				t.Errorf("%q: %v", data, err)
			}
		})
	}
	if _, err := other.ResumePending([]byte(good)); !errors.Is(err, booth.ErrPending) {
		t.Errorf("another election: %v", err)
	}
	if got, err := e.ResumePending([]byte(good)); err != nil || string(got.Save()) != good {
		t.Errorf("round trip: %v", err)
	}
}

// FuzzPendingDecode: no stored value makes ResumePending panic.
func FuzzPendingDecode(f *testing.F) {
	key, _ := signer.Load("../../crypto/blind/testdata/test-only-key-3072.pem")
	e := &booth.Election{Context: tctx, RegistrarKey: key.Public()}
	p, _ := e.Begin("V0000", rand.Reader)
	f.Add(p.Save())
	f.Add([]byte("{}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if got, err := e.ResumePending(data); err == nil && got.VoterID == "" {
			t.Error("accepted without a voter")
		}
	})
}
