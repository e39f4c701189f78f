package demo

import (
	"testing"

	"github.com/evote-org/evote/election"
)

func TestManifest(t *testing.T) {
	for _, k := range []int{2, 3, 10} {
		data, err := Manifest(k)
		if err != nil {
			t.Fatal(k, err)
		}
		m, err := election.Parse(data)
		if err != nil {
			t.Fatal(k, err)
		}
		if q := m.Questions; len(q) != 1 || len(q[0].Options) != k || q[0].Min != 0 || q[0].Max != 1 {
			t.Fatalf("%d options: %+v", k, q)
		}
	}
	for _, k := range []int{0, 1, 11} {
		if _, err := Manifest(k); err == nil {
			t.Fatalf("%d options: no error", k)
		}
	}
}
