package reglog_test

import (
	"fmt"

	"github.com/evote-org/evote/registrar/reglog"
)

// A voter's check: compute the leaf from the letter's code, take the
// bucket of its first byte and its path from the registrar, verify them
// against the root posted on chain, and look for the leaf.
func Example() {
	election := [32]byte{0x42}
	var roll [][]byte
	for i, c := range []string{"0123456789AB", "K7M2Q9XW4RTC", "ZZZZZZZZZZZZ"} {
		leaf, _ := reglog.Leaf(c, election, fmt.Sprintf("m-%04d", i))
		entry, _ := reglog.Entry(leaf, "ARBAT")
		roll = append(roll, entry)
	}
	tree, _ := reglog.New(roll) // the registrar's side
	posted := tree.Root()       // what the chain holds

	mine, _ := reglog.Leaf("K7M2Q9XW4RTC", election, "m-0001")
	b := mine[0]
	bucket, path := tree.Bucket(b), tree.Path(b) // what the registrar serves
	if err := reglog.VerifyBucket(b, bucket, path, posted); err != nil {
		fmt.Println("the registrar's answer is false:", err)
		return
	}
	for _, e := range bucket {
		if leaf, district, _ := reglog.ParseEntry(e); leaf == mine {
			fmt.Println("on the roll, district", district)
		}
	}
	// Output: on the roll, district ARBAT
}
