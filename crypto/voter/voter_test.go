package voter

import (
	"bytes"
	"crypto/rand"
	"fmt"
	"testing"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	decred "github.com/decred/dcrd/dcrec/secp256k1/v4/ecdsa"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/evote-org/evote/crypto/pseudonym"
	"github.com/evote-org/evote/crypto/pseudonym/ecrecover"
	"github.com/evote-org/evote/crypto/transcript"
)

// TestAgainstGoEthereum signs random digests with random keys and checks
// that each signature is byte for byte go-ethereum's crypto.Sign (with
// v + 27), that ecrecover gives the key's address, and that both edge
// cases of the recovery id occur: R.y odd, and s negated to the lower
// half (which flips it).
func TestAgainstGoEthereum(t *testing.T) {
	n := 300
	if testing.Short() {
		n = 30
	}
	var odd, flips int
	for range n {
		key, err := NewKey(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		var h [32]byte
		rand.Read(h[:])
		sig, flipped := sign(&key.d, &h)

		ek, err := crypto.ToECDSA(key.d[:])
		if err != nil {
			t.Fatal(err)
		}
		if want := crypto.PubkeyToAddress(ek.PublicKey); key.Address() != want {
			t.Fatalf("address %x, go-ethereum %x", key.Address(), want)
		}
		want, err := crypto.Sign(h[:], ek)
		if err != nil {
			t.Fatal(err)
		}
		want[64] += 27
		if !bytes.Equal(sig[:], want) {
			t.Fatalf("key %x digest %x: signature\n%x, go-ethereum\n%x", key.d, h, sig, want)
		}
		pub, err := crypto.SigToPub(h[:], append(sig[:64:64], sig[64]-27))
		if err != nil || crypto.PubkeyToAddress(*pub) != key.Address() {
			t.Fatalf("ecrecover: %v", err)
		}
		if (sig[64] == 28) != flipped {
			odd++ // R.y odd: recovery id 1 without a flip, 0 with one
		}
		if flipped {
			flips++
		}
	}
	if odd == 0 || odd == n || flips == 0 || flips == n {
		t.Errorf("in %d signatures, R.y odd %d times and s negated %d times: an edge case is untested", n, odd, flips)
	}
}

// TestEdgeInputs compares with decred's signer, the one go-ethereum's
// crypto.Sign uses without cgo (and the booth used before), for the
// extreme keys 1 and n - 1 and digests 0, n and 2²⁵⁶ - 1. With cgo,
// crypto.Sign is libsecp256k1, whose nonce for a digest of n or more
// differs (see sign).
func TestEdgeInputs(t *testing.T) {
	one := [32]byte{31: 1}
	ff := [32]byte(bytes.Repeat([]byte{0xff}, 32))
	for _, d := range [][32]byte{one, [32]byte(bigSub1(nBytes))} {
		for _, h := range [][32]byte{{}, [32]byte(nBytes), ff, {0: 0x80}} {
			t.Run(fmt.Sprintf("%x/%x", d[30:], h[:2]), func(t *testing.T) {
				sig, _ := sign(&d, &h)
				c := decred.SignCompact(secp256k1.PrivKeyFromBytes(d[:]), h[:], false) // v || r || s
				if want := append(c[1:65:65], c[0]); !bytes.Equal(sig[:], want) {
					t.Errorf("signature\n%x, decred\n%x", sig, want)
				}
			})
		}
	}
}

// TestSignCast checks a cast signature through package ecrecover, as the
// relay, the tally and the verifier read it.
func TestSignCast(t *testing.T) {
	ctx := transcript.Context{ChainID: 7, Contract: [20]byte{1}, ElectionID: [32]byte{2}}
	k, err := NewKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := k.SignCast(ctx, []byte("token"), []byte("ballot"))
	if err != nil || len(sig) != pseudonym.SignatureSize {
		t.Fatalf("SignCast: %x, %v", sig, err)
	}
	if err := ecrecover.Verify(ctx, k.Address(), []byte("token"), []byte("ballot"), sig); err != nil {
		t.Fatal(err)
	}
}

// TestBaseMult checks k·G for small k and for n - 1 (that is, -G).
func TestBaseMult(t *testing.T) {
	for _, k := range []uint64{1, 2, 3, 7, 255, 256, 1 << 40} {
		var kb [32]byte
		for i := range 8 {
			kb[31-i] = byte(k >> (8 * i))
		}
		checkBaseMult(t, &kb)
	}
	checkBaseMult(t, (*[32]byte)(bigSub1(nBytes)))
}

func checkBaseMult(t *testing.T, k *[32]byte) {
	t.Helper()
	x, y := baseMult(k).affine()
	wx, wy := crypto.S256().ScalarBaseMult(k[:])
	if !bytes.Equal(x, wx.FillBytes(make([]byte, 32))) || !bytes.Equal(y, wy.FillBytes(make([]byte, 32))) {
		t.Errorf("%x·G = (%x, %x), want (%x, %x)", k, x, y, wx, wy)
	}
}

func bigSub1(b []byte) []byte {
	out := bytes.Clone(b)
	out[len(out)-1]-- // n ends in 0x41: no borrow
	return out
}

func BenchmarkSignCast(b *testing.B) {
	ctx := transcript.Context{ChainID: 7}
	k, _ := NewKey(rand.Reader)
	for b.Loop() {
		k.SignCast(ctx, []byte("token"), []byte("ballot"))
	}
}
