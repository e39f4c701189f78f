// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// BallotBoxMetaData contains all meta data concerning the BallotBox contract.
var BallotBoxMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"commissionAccount\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"manifest\",\"type\":\"bytes\"},{\"internalType\":\"address[]\",\"name\":\"trusteeAccounts\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"t\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"trustee\",\"type\":\"uint8\"}],\"name\":\"AlreadyPosted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pseudonym\",\"type\":\"address\"}],\"name\":\"AlreadyVoted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadElectionKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadQualifiedSet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"round\",\"type\":\"uint8\"}],\"name\":\"BadRound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumBallotBox.Input\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"BadSize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trustees\",\"type\":\"uint256\"}],\"name\":\"BadThreshold\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadTrustees\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FinalTokenCountPostedAlready\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ManifestMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MixClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MixNotFinished\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoFinalTokenCount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoMix\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoRoll\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotCommission\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"NotEnoughShares\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotQualified\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotRegistrar\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotTrustee\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RegistrarNotSet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"current\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"posted\",\"type\":\"uint256\"}],\"name\":\"TokenCountDecreased\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"current\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"from\",\"type\":\"uint256\"}],\"name\":\"TokenCountMoved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumBallotBox.State\",\"name\":\"current\",\"type\":\"uint8\"},{\"internalType\":\"enumBallotBox.State\",\"name\":\"required\",\"type\":\"uint8\"}],\"name\":\"WrongState\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pseudonym\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"seq\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"token\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"ballot\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"BallotCast\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"trustee\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"ComplaintPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"trustee\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"DealingPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"round\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"trustee\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"share\",\"type\":\"bytes\"}],\"name\":\"DecryptionSharePosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"electionId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"commission\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"trustees\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"manifest\",\"type\":\"bytes\"}],\"name\":\"ElectionCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"logRoot\",\"type\":\"bytes32\"}],\"name\":\"FinalTokenCountPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"electionKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"qualifiedMask\",\"type\":\"uint64\"}],\"name\":\"KeyCeremonyFinished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"MixFinished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"trustee\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"input\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"output\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"file\",\"type\":\"bytes32\"}],\"name\":\"MixPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"trustee\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"lists\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"file\",\"type\":\"bytes32\"}],\"name\":\"MixSharePosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"registrar\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"}],\"name\":\"RegistrarKeySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"result\",\"type\":\"bytes\"}],\"name\":\"ResultPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"RollPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"enumBallotBox.State\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"StateChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"logRoot\",\"type\":\"bytes32\"}],\"name\":\"TokenCountPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"trustee\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"TrusteeKeyPosted\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_BALLOT_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_MANIFEST_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_POST_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REGISTRAR_KEY_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_RESULT_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TOKEN_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TRUSTEES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ballotCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pseudonym\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"token\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"ballot\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"castBallot\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"token\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"ballot\",\"type\":\"bytes\"}],\"name\":\"castDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"closePolls\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"commission\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"dealingMask\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"electionId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"electionKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"qualified\",\"type\":\"uint256\"}],\"name\":\"finishKeyCeremony\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"finishMix\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"hasVoted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"keyMask\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"manifestHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mixFinished\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mixMask\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mixShareMask\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"openPolls\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"postComplaint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"postDealing\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"round\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"share\",\"type\":\"bytes\"}],\"name\":\"postDecryptionShare\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"from\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"logRoot\",\"type\":\"bytes32\"}],\"name\":\"postFinalTokenCount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"input\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"output\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"file\",\"type\":\"bytes32\"}],\"name\":\"postMix\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"lists\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"file\",\"type\":\"bytes32\"}],\"name\":\"postMixShare\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"postRoll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"from\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"logRoot\",\"type\":\"bytes32\"}],\"name\":\"postTokenCount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"postTrusteeKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"}],\"name\":\"publishResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"qualifiedMask\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"recordHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registrar\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registrarKey\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"result\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"}],\"name\":\"setRegistrar\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"round\",\"type\":\"uint8\"}],\"name\":\"shareMask\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"startKeyCeremony\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"state\",\"outputs\":[{\"internalType\":\"enumBallotBox.State\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"threshold\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokenCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokenCountFinal\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trustees\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "BallotBox",
	Bin: "0x60e06040523461043e57612cce803803806100198161045a565b928339810160a08282031261043e576100318261047f565b60208301516040840151909291906001600160401b03811161043e5784019082601f8301121561043e578151906001600160401b0382116103145761007f601f8301601f191660200161045a565b918083526020830193856020838301011161043e57815f926020809301875e8401015260608601516001600160401b03811161043e5786019584601f8801121561043e578651946001600160401b038611610314578560051b9760206100e6818b0161045a565b8098815201906020829a82010192831161043e57602001905b82821061044257505050608001519060ff82169182810361043e576001600160a01b03821691821561042f57845180158015610423575b61040657508785518720036103f7578651801580156103ed575b61039357841580156103e4575b6103ce575f5b81811061032857505060805260a087905260c05284516001600160401b0381116103145768010000000000000000811161031457600754816007558082106102e9575b508760075f5260205f205f5b8381106102cc57505050506040519460808601918652608060208701525180915260a0850196905f5b8181106102ad57877f0c12ab310b543d3bdf12f80671c0d013440ed786fb70c93f7b83c00b242ad6b1886020818d8b8b8b604085015283830360608501525180918184528584015e5f828201850152601f01601f191601030190a260405161283a908161049482396080518181816104390152818161070701528181610f2201528181611302015281816115470152818161198e01528181611aa70152611c33015260a05181818161225d01526124f8015260c051818181610599015281816115a901528181611afc01526120c10152f35b82516001600160a01b03168952602098890198909201916001016101db565b82516001600160a01b0316818301556020909201916001016101b2565b60075f52818060205f20019103905f5b8281106103075750506101a6565b5f828201556001016102f9565b634e487b7160e01b5f52604160045260245ffd5b88518110156103ba57600581901b8901602001516001600160a01b031690811580156103a2575b610393576001810180821161037f576001925f52600860205260ff60405f20911660ff1982541617905501610163565b634e487b7160e01b5f52601160045260245ffd5b6335dbd5fb60e01b5f5260045ffd5b50815f52600860205260ff60405f205416151561034f565b634e487b7160e01b5f52603260045260245ffd5b8463b8f1f4df60e01b5f5260045260245260445ffd5b5080851161015d565b5060408111610150565b63114a3f7160e11b5f5260045ffd5b6308b6560d60e01b5f525f6004526024526201800060445260645ffd5b50620180008111610136565b6332691b5760e01b5f5260045ffd5b5f80fd5b6020809161044f8461047f565b8152019101906100ff565b6040519190601f01601f191682016001600160401b0381118382101761031457604052565b51906001600160a01b038216820361043e5756fe60806040526004361015610011575f80fd5b5f3560e01c8063051364d41461224657806309eef43e146121fc57806317432479146121495780632b20e397146121145780632c7055df146120ea578063337f3f32146120e557806342cde4e8146120a857806349a0bf8e1461208c5780634e4fa40f14612065578063567d8aa214611fd657806359e2de1114611fac5780635dfc3afe14611ee25780635e9fdff614611be15780635f668e0c14611bc45780635f97500a14611a80578063611c6cf41461196757806365372147146118c2578063657bb587146114fc578063687eb66c146113ea5780637dfbed61146113cf57806382c23175146113b25780638570df23146112db578063873b2ec914610fb45780638a4096b714610f8a5780638c90d56b14610efb5780639b7d7a6714610edf5780639f181b5e14610ec2578063a1337cb814610de0578063b4e933b614610cdf578063ba0cb89614610cba578063babf70c814610be0578063be8b00ec14610b6c578063bfd9167c14610a9b578063c003003214610a72578063c19d93fb14610a4c578063c7df25bc14610a30578063cc6933b014610828578063cd8b4b0714610801578063d2dc8b1e146107e4578063d374cc21146107c7578063de986d7f1461072b578063e1489191146106db578063e30a3bad146106be578063e82c219514610656578063ef1896b1146103ed578063f8e36ab414610293578063f96d09cb14610277578063fa3d85461461025a5763fc44a6a414610234575f80fd5b34610256575f60031936011261025657602060ff600354166040519015158152f35b5f80fd5b34610256575f600319360112610256576020600b54604051908152f35b34610256575f6003193601126102565760206040516120008152f35b346102565760206003193601126102565760043567ffffffffffffffff8111610256576102c49036906004016122bd565b906102cd6126b1565b906102d66125d5565b821580156103e1575b61037c577feb0cbfc21e34e60e85da6678933c7d3df795ac44a74f9864dcdf62e3240480159161037760ff926009547fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff00000000000000006103578667ffffffffffffffff8560401c166126fd565b60401b1691161760095560405193849360208552169560208401916123c2565b0390a2005b7f08b6560d000000000000000000000000000000000000000000000000000000005f528260036004526024526201000060445260645ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b506201000083116102df565b346102565760406003193601126102565760043567ffffffffffffffff81116102565761041e9036906004016122bd565b6024359173ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016330361062e576104676125d5565b602082036105f8573590602081106105e7575b509081156105bf576009549167ffffffffffffffff8360401c8416161982161580159061058b575b6105635767ffffffffffffffff6040927f12230802ea1dec5a1f6d6f70f252c6c6247a0b01f434277806caa2a169616d0c9483600b557fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff77ffffffffffffffff000000000000000000000000000000008360801b169116176009558351928352166020820152a15f805460ff1916600217905560405160208160027f551dc40198cc79684bb69e4931dba4ac16e4598792ee1c0a5000aeea366d7bb69352a1005b7f48db4d26000000000000000000000000000000000000000000000000000000005f5260045ffd5b5061059582612751565b60ff7f000000000000000000000000000000000000000000000000000000000000000016116104a2565b7ff6229178000000000000000000000000000000000000000000000000000000005f5260045ffd5b5f199060200360031b1b168261047a565b507f08b6560d000000000000000000000000000000000000000000000000000000005f526005600452602452602060445260645ffd5b7f7d8a0641000000000000000000000000000000000000000000000000000000005f5260045ffd5b346102565760406003193601126102565760043567ffffffffffffffff8111610256576106879036906004016122bd565b6024359067ffffffffffffffff8211610256576020926106ae6106b69336906004016122bd565b929091612470565b604051908152f35b34610256575f600319360112610256576020600554604051908152f35b34610256575f60031936011261025657602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461025657610739366122a3565b919073ffffffffffffffffffffffffffffffffffffffff5f5460481c16330361079f577fbbfca416652e670edb9ca5a7d98732a330b4fd818082beecb9e726bc871193f9926107928260409461078d612624565b61263d565b82519182526020820152a1005b7f2ad95351000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610256575f600319360112610256576020600e54604051908152f35b34610256575f600319360112610256576020604051620100008152f35b34610256575f60031936011261025657602067ffffffffffffffff600c5416604051908152f35b3461025657604060031936011261025657610841612389565b60243567ffffffffffffffff8111610256576108619036906004016122bd565b61086c9291926126b1565b9260ff83169160018311610a0457826109fd5760025b60ff5f541660068210156103b45760068110156103b4578181036109c357505060095460801c9367ffffffffffffffff60ff8716956001871b16161561099b578115801561098f575b6109575761091e6109187f5082850693b310e7fb3ff30dabf9ae7ab70879c26d6f1c740023cb6512d1c5f695969767ffffffffffffffff61090b856123e2565b90549060031b1c166126fd565b916123e2565b67ffffffffffffffff80839493549260031b9316831b921b19161790556109526040519283926020845260208401916123c2565b0390a3005b507f08b6560d000000000000000000000000000000000000000000000000000000005f5260086004526024526201000060445260645ffd5b506201000082116108cb565b7fbcfcdc11000000000000000000000000000000000000000000000000000000005f5260045ffd5b906109f36109f8927f5649f63b000000000000000000000000000000000000000000000000000000005f52612399565b6123a7565b60445ffd5b6004610882565b827f90992882000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610256575f6003193601126102565760206040516108008152f35b34610256575f60031936011261025657602060ff5f5416610a7060405180926123b5565bf35b34610256575f60031936011261025657602067ffffffffffffffff5f5460081c16604051908152f35b346102565760206003193601126102565760043567ffffffffffffffff811161025657610acc9036906004016122bd565b90610ad56126b1565b90610ade6125d5565b82158015610b60575b610b29577fd612c6d7ae9f9a6bb05c3122fef51dbba3e65bf7b3cb797df38016a1b1660a959161037760ff9260405193849360208552169560208401916123c2565b7f08b6560d000000000000000000000000000000000000000000000000000000005f5282600480526024526201000060445260645ffd5b50620100008311610ae7565b3461025657602060031936011261025657610b85612389565b60ff811660018111610bb557602067ffffffffffffffff610ba5846123e2565b90549060031b1c16604051908152f35b7f90992882000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610256575f600319360112610256576040515f600654610c00816122eb565b8084529060018116908115610c965750600114610c38575b610c3483610c288185038261233c565b6040519182918261235f565b0390f35b60065f9081527ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f939250905b808210610c7c57509091508101602001610c28610c18565b919260018160209254838588010152019101909291610c64565b60ff191660208086019190915291151560051b84019091019150610c289050610c18565b34610256575f60031936011261025657602060ff600c5460401c166040519015158152f35b3461025657604060031936011261025657610cf86126b1565b610d0061253b565b600c5460ff8160401c1615610db85760095460801c9167ffffffffffffffff60ff8216936001851b16161561099b5770ffffffffffffffff000000000000000000610d797fffffffffffffffffffffffffffffff0000000000000000ffffffffffffffffff9267ffffffffffffffff8560481c166126fd565b60481b16911617600c557fbc383558350e1e0ba90a9f4c3cc5a7fdfa5233121758122bcba0016d7d18b60c6040805160043581526024356020820152a2005b7f967902cc000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610256575f600319360112610256576040518060206007549283815201809260075f527fa66cc928b5edb82af9bd49922954155ab7b0942694bea4ce44661d9a8736c688905f5b818110610e965750505081610e3e91038261233c565b604051918291602083019060208452518091526040830191905f5b818110610e67575050500390f35b825173ffffffffffffffffffffffffffffffffffffffff16845285945060209384019390920191600101610e59565b825473ffffffffffffffffffffffffffffffffffffffff16845260209093019260019283019201610e28565b34610256575f600319360112610256576020600254604051908152f35b34610256575f6003193601126102565760206040516140008152f35b34610256575f6003193601126102565773ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016330361062e57610f50612624565b5f805460ff1916600417905560405160208160047f551dc40198cc79684bb69e4931dba4ac16e4598792ee1c0a5000aeea366d7bb69352a1005b34610256575f60031936011261025657602067ffffffffffffffff60095460401c16604051908152f35b3461025657608060031936011261025657610fcd612280565b60243567ffffffffffffffff811161025657610fed9036906004016122bd565b919060443567ffffffffffffffff81116102565761100f9036906004016122bd565b91909360643567ffffffffffffffff8111610256576110329036906004016122bd565b909460ff5f541660068110156103b457600381036112a557508215801561129a575b6112635784158015611258575b6112215773ffffffffffffffffffffffffffffffffffffffff1694855f52600160205260ff60405f2054166111f557851580156111c0575b61119857855f52600160205260405f20600160ff198254161790555f549167ffffffffffffffff8360081c1697600189019067ffffffffffffffff821161116b577f8652ca2190751063577d6ce0dc41c59b164f555108f35e793fe7cbdf4525fb2697610952957fffffffffffffffffffffffffffffffffffffffffffffff0000000000000000ff68ffffffffffffffff0061115d9560081b169116175f5561114f60405198899860608a5260608a01916123c2565b9187830360208901526123c2565b9184830360408601526123c2565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7f5cd5d233000000000000000000000000000000000000000000000000000000005f5260045ffd5b508573ffffffffffffffffffffffffffffffffffffffff6111ed84846111e88a8d8a8c612470565b61277d565b161415611099565b857fd449d674000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f08b6560d000000000000000000000000000000000000000000000000000000005f5284600760045260245261400060445260645ffd5b506140008511611061565b7f08b6560d000000000000000000000000000000000000000000000000000000005f5282600660045260245261040060445260645ffd5b506104008311611054565b6112d1907f5649f63b000000000000000000000000000000000000000000000000000000005f52612399565b600360245260445ffd5b34610256575f6003193601126102565773ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016330361062e5761133061258a565b73ffffffffffffffffffffffffffffffffffffffff5f5460481c161561138a575f805460ff1916600117905560405160208160017f551dc40198cc79684bb69e4931dba4ac16e4598792ee1c0a5000aeea366d7bb69352a1005b7fe4cea3b4000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610256575f600319360112610256576020604051620180008152f35b34610256575f60031936011261025657602060405160408152f35b346102565760206003193601126102565760043567ffffffffffffffff81116102565761141b9036906004016122bd565b906114246126b1565b9061142d6125d5565b821580156114f0575b6114b8577fa0629627b63bef46747313619639f74eb50b47b8b1705b3ebc4bdbfc0edeef679161037760ff926009547fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000067ffffffffffffffff61149b868285166126fd565b1691161760095560405193849360208552169560208401916123c2565b7f08b6560d000000000000000000000000000000000000000000000000000000005f528260026004526024526201000060445260645ffd5b50620100008311611436565b346102565760406003193601126102565760043567ffffffffffffffff81116102565761152d9036906004016122bd565b60243573ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016330361062e5761157561253b565b811580156118b7575b6118805760ff6003541615611858576115a567ffffffffffffffff600a5460401c16612751565b60ff7f0000000000000000000000000000000000000000000000000000000000000000169081811061182a5750600c5467ffffffffffffffff81166117ff575b505067ffffffffffffffff82116117d257611601600d546122eb565b601f8111611764575b505f92601f83116001146116bf5761167790837fd3ddc2df129b37ec54b582b44edbce2282050d0e3538470e6ad3469c7560e5ef955f916116b4575b508460011b905f198660031b1c191617600d555b82600e5560405193849384526040602085015260408401916123c2565b0390a15f805460ff1916600517905560405160208160057f551dc40198cc79684bb69e4931dba4ac16e4598792ee1c0a5000aeea366d7bb69352a1005b905081013586611646565b601f198316600d5f527fd7b6990105719101dabeb77144f2a3385c8033acd3af97e9423a695e81ad1eb5905f5b81811061174c5750907fd3ddc2df129b37ec54b582b44edbce2282050d0e3538470e6ad3469c7560e5ef9585611677949310611733575b5050600184811b01600d5561165a565b5f1960f88760031b161c19908301351690558580611723565b838701358355602096870196600190930192016116ec565b8281111561160a57600d5f52601f830160051c90602084106117ca575b601f82910160051c03905f5b82811061179b57505061160a565b5f8282017fd7b6990105719101dabeb77144f2a3385c8033acd3af97e9423a695e81ad1eb5015560010161178d565b5f9150611781565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60ff8160401c1615610db85767ffffffffffffffff6118219160481c16612751565b818110156115e5575b7f808722dc000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7f450388fb000000000000000000000000000000000000000000000000000000005f5260045ffd5b507f08b6560d000000000000000000000000000000000000000000000000000000005f52600960045260245261200060445260645ffd5b50612000821161157e565b34610256575f600319360112610256576040515f600d546118e2816122eb565b8084529060018116908115610c96575060011461190957610c3483610c288185038261233c565b600d5f9081527fd7b6990105719101dabeb77144f2a3385c8033acd3af97e9423a695e81ad1eb5939250905b80821061194d57509091508101602001610c28610c18565b919260018160209254838588010152019101909291611935565b34610256575f6003193601126102565773ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016330361062e576119bc61253b565b600c5460ff8160401c16611a585767ffffffffffffffff811615611a30577fffffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffff166801000000000000000017600c557f3cefbc125ca381f329a24b5da7a0543b3eb9c588dc1ba1b1acbe88bdfbc40c765f80a1005b7fb2a2852a000000000000000000000000000000000000000000000000000000005f5260045ffd5b7febf4d1f8000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610256575f6003193601126102565773ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016330361062e5760ff5f541660068110156103b45760028103611b8e57611af867ffffffffffffffff600a5416612751565b60ff7f0000000000000000000000000000000000000000000000000000000000000000169081811061182a5760055415611b66575f805460ff1916600317905560405160208160037f551dc40198cc79684bb69e4931dba4ac16e4598792ee1c0a5000aeea366d7bb69352a1005b7fd5c3473a000000000000000000000000000000000000000000000000000000005f5260045ffd5b611bba907f5649f63b000000000000000000000000000000000000000000000000000000005f52612399565b600260245260445ffd5b34610256575f600319360112610256576020600454604051908152f35b3461025657604060031936011261025657611bfa612280565b60243567ffffffffffffffff811161025657611c1a9036906004016122bd565b919073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016330361062e57611c6161258a565b73ffffffffffffffffffffffffffffffffffffffff8216918215611eba5783158015611eaf575b611e78577fffffff0000000000000000000000000000000000000000ffffffffffffffffff7cffffffffffffffffffffffffffffffffffffffff0000000000000000005f549260481b169116175f5567ffffffffffffffff83116117d257611cf16006546122eb565b601f8111611e0a575b505f92601f8111600114611d6957807f91cdae16807fbe5a5ca92c913a317e2f86d241fc2ac26572a5993cdf68452ab193945f91611d5e575b508160011b905f198360031b1c1916176006555b6103776040519283926020845260208401916123c2565b905082013585611d33565b601f1981169360065f527ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f905f5b868110611df25750827f91cdae16807fbe5a5ca92c913a317e2f86d241fc2ac26572a5993cdf68452ab1959610611dd9575b5050600181811b01600655611d47565b5f1960f88460031b161c19908401351690558480611dc9565b90916020600181928588013581550193019101611d97565b83811115611cfa5760065f52601f840160051c9060208510611e70575b601f82910160051c03905f5b828110611e41575050611cfa565b5f8282017ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f0155600101611e33565b5f9150611e27565b7f08b6560d000000000000000000000000000000000000000000000000000000005f5283600160045260245261080060445260645ffd5b506108008411611c88565b7f32691b57000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461025657606060031936011261025657611efb6126b1565b611f0361253b565b600c5460ff8160401c16611a585760095460801c9167ffffffffffffffff60ff8216936001851b16161561099b5767ffffffffffffffff611f677fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000928285166126fd565b16911617600c557fe977494da7c0514a17eb787f46f1ceb7c3351c7ea93dc85ae708d14d48c2cdc66060604051600435815260243560208201526044356040820152a2005b34610256575f60031936011261025657602067ffffffffffffffff60095460801c16604051908152f35b34610256576040600319360112610256576004356024355f5473ffffffffffffffffffffffffffffffffffffffff8160481c16330361079f5760ff1660068110156103b4576003811015611b8e57508015611b6657816040917fbe507ebfe20f655c80d4d949f40f1cf711cbe377f39197a73d48c1a338180cba936004558060055582519182526020820152a1005b34610256575f60031936011261025657602067ffffffffffffffff60095416604051908152f35b34610256575f6003193601126102565760206040516104008152f35b34610256575f60031936011261025657602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b612246565b34610256575f60031936011261025657602067ffffffffffffffff600c5460481c16604051908152f35b34610256575f60031936011261025657602073ffffffffffffffffffffffffffffffffffffffff5f5460481c16604051908152f35b3461025657612157366122a3565b919073ffffffffffffffffffffffffffffffffffffffff5f5460481c16330361079f5761218261253b565b60ff600354166121d4577f9a2b87122fe99a2882c541a901b48afddee062b957b59f0bf84ad900bbdd3182926121ba8260409461263d565b600160ff19600354161760035582519182526020820152a1005b7f8538b3dd000000000000000000000000000000000000000000000000000000005f5260045ffd5b346102565760206003193601126102565773ffffffffffffffffffffffffffffffffffffffff61222a612280565b165f526001602052602060ff60405f2054166040519015158152f35b34610256575f6003193601126102565760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b6004359073ffffffffffffffffffffffffffffffffffffffff8216820361025657565b600319606091011261025657600435906024359060443590565b9181601f840112156102565782359167ffffffffffffffff8311610256576020838186019501011161025657565b90600182811c92168015612332575b602083101461230557565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b91607f16916122fa565b90601f601f19910116810190811067ffffffffffffffff8211176117d257604052565b601f19601f602060409481855280519182918282880152018686015e5f8582860101520116010190565b6004359060ff8216820361025657565b60068110156103b457600452565b60068110156103b457602452565b9060068210156103b45752565b601f8260209493601f1993818652868601375f8582860101520116010190565b9060028210156123fd5760188260021c600a019260031b1690565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b92919267ffffffffffffffff82116117d257604051916124546020601f19601f840116018461233c565b829481845281830111610256578281602093845f960137010152565b6124809061248f9392369161242a565b6020815191012092369161242a565b602081519101206040519060208201927f65766f74652f76312f636173740000000000000000000000000000000000000084527fffffffffffffffff0000000000000000000000000000000000000000000000004660c01b16602d8401523060601b60358401527f00000000000000000000000000000000000000000000000000000000000000006049840152606983015260898201526089815261253560a98261233c565b51902090565b60ff5f541660068110156103b457600481036125545750565b612580907f5649f63b000000000000000000000000000000000000000000000000000000005f52612399565b600460245260445ffd5b60ff5f541660068110156103b457806125a05750565b6125cc907f5649f63b000000000000000000000000000000000000000000000000000000005f52612399565b5f60245260445ffd5b60ff5f541660068110156103b457600181036125ee5750565b61261a907f5649f63b000000000000000000000000000000000000000000000000000000005f52612399565b600160245260445ffd5b60ff5f541660068110156103b457600381036112a55750565b60025480820361268357508082106126555750600255565b7f40343435000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7ff851d07a000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b335f52600860205260ff60405f20541680156126d5575f190160ff811161116b5790565b7f5aa309bb000000000000000000000000000000000000000000000000000000005f5260045ffd5b9060ff166001811b9067ffffffffffffffff82841616612726575067ffffffffffffffff161790565b7f4e0b042e000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b90815f925b61275d5750565b5f1981019080821161116b5716915f19811461116b576001019180612756565b604183036128335782602011610256578135918360401161025657602081013593604010156123fd576040013560f81c907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411801561281c575b612814576020935f93608093604051938452868401526040830152606082015282805260015afa15612809575f5190565b6040513d5f823e3d90fd5b505050505f90565b50601b82141580156127d85750601c8214156127d8565b5050505f9056",
}

// BallotBox is an auto generated Go binding around an Ethereum contract.
type BallotBox struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BallotBox) GetABI() abi.ABI {
	return c.abi
}

// NewBallotBox creates a new instance of BallotBox.
func NewBallotBox() *BallotBox {
	parsed, err := BallotBoxMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BallotBox{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BallotBox) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address commissionAccount, bytes32 id, bytes manifest, address[] trusteeAccounts, uint8 t) returns()
func (ballotBox *BallotBox) PackConstructor(commissionAccount common.Address, id [32]byte, manifest []byte, trusteeAccounts []common.Address, t uint8) []byte {
	enc, err := ballotBox.abi.Pack("", commissionAccount, id, manifest, trusteeAccounts, t)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXBALLOTSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b7d7a67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_BALLOT_SIZE() view returns(uint256)
func (ballotBox *BallotBox) PackMAXBALLOTSIZE() []byte {
	enc, err := ballotBox.abi.Pack("MAX_BALLOT_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXBALLOTSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b7d7a67.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_BALLOT_SIZE() view returns(uint256)
func (ballotBox *BallotBox) TryPackMAXBALLOTSIZE() ([]byte, error) {
	return ballotBox.abi.Pack("MAX_BALLOT_SIZE")
}

// UnpackMAXBALLOTSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9b7d7a67.
//
// Solidity: function MAX_BALLOT_SIZE() view returns(uint256)
func (ballotBox *BallotBox) UnpackMAXBALLOTSIZE(data []byte) (*big.Int, error) {
	out, err := ballotBox.abi.Unpack("MAX_BALLOT_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXMANIFESTSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82c23175.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_MANIFEST_SIZE() view returns(uint256)
func (ballotBox *BallotBox) PackMAXMANIFESTSIZE() []byte {
	enc, err := ballotBox.abi.Pack("MAX_MANIFEST_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXMANIFESTSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82c23175.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_MANIFEST_SIZE() view returns(uint256)
func (ballotBox *BallotBox) TryPackMAXMANIFESTSIZE() ([]byte, error) {
	return ballotBox.abi.Pack("MAX_MANIFEST_SIZE")
}

// UnpackMAXMANIFESTSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82c23175.
//
// Solidity: function MAX_MANIFEST_SIZE() view returns(uint256)
func (ballotBox *BallotBox) UnpackMAXMANIFESTSIZE(data []byte) (*big.Int, error) {
	out, err := ballotBox.abi.Unpack("MAX_MANIFEST_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXPOSTSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2dc8b1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_POST_SIZE() view returns(uint256)
func (ballotBox *BallotBox) PackMAXPOSTSIZE() []byte {
	enc, err := ballotBox.abi.Pack("MAX_POST_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPOSTSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2dc8b1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_POST_SIZE() view returns(uint256)
func (ballotBox *BallotBox) TryPackMAXPOSTSIZE() ([]byte, error) {
	return ballotBox.abi.Pack("MAX_POST_SIZE")
}

// UnpackMAXPOSTSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd2dc8b1e.
//
// Solidity: function MAX_POST_SIZE() view returns(uint256)
func (ballotBox *BallotBox) UnpackMAXPOSTSIZE(data []byte) (*big.Int, error) {
	out, err := ballotBox.abi.Unpack("MAX_POST_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXREGISTRARKEYSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7df25bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_REGISTRAR_KEY_SIZE() view returns(uint256)
func (ballotBox *BallotBox) PackMAXREGISTRARKEYSIZE() []byte {
	enc, err := ballotBox.abi.Pack("MAX_REGISTRAR_KEY_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXREGISTRARKEYSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7df25bc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_REGISTRAR_KEY_SIZE() view returns(uint256)
func (ballotBox *BallotBox) TryPackMAXREGISTRARKEYSIZE() ([]byte, error) {
	return ballotBox.abi.Pack("MAX_REGISTRAR_KEY_SIZE")
}

// UnpackMAXREGISTRARKEYSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc7df25bc.
//
// Solidity: function MAX_REGISTRAR_KEY_SIZE() view returns(uint256)
func (ballotBox *BallotBox) UnpackMAXREGISTRARKEYSIZE(data []byte) (*big.Int, error) {
	out, err := ballotBox.abi.Unpack("MAX_REGISTRAR_KEY_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXRESULTSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf96d09cb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_RESULT_SIZE() view returns(uint256)
func (ballotBox *BallotBox) PackMAXRESULTSIZE() []byte {
	enc, err := ballotBox.abi.Pack("MAX_RESULT_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXRESULTSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf96d09cb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_RESULT_SIZE() view returns(uint256)
func (ballotBox *BallotBox) TryPackMAXRESULTSIZE() ([]byte, error) {
	return ballotBox.abi.Pack("MAX_RESULT_SIZE")
}

// UnpackMAXRESULTSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf96d09cb.
//
// Solidity: function MAX_RESULT_SIZE() view returns(uint256)
func (ballotBox *BallotBox) UnpackMAXRESULTSIZE(data []byte) (*big.Int, error) {
	out, err := ballotBox.abi.Unpack("MAX_RESULT_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXTOKENSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49a0bf8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TOKEN_SIZE() view returns(uint256)
func (ballotBox *BallotBox) PackMAXTOKENSIZE() []byte {
	enc, err := ballotBox.abi.Pack("MAX_TOKEN_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTOKENSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49a0bf8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TOKEN_SIZE() view returns(uint256)
func (ballotBox *BallotBox) TryPackMAXTOKENSIZE() ([]byte, error) {
	return ballotBox.abi.Pack("MAX_TOKEN_SIZE")
}

// UnpackMAXTOKENSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x49a0bf8e.
//
// Solidity: function MAX_TOKEN_SIZE() view returns(uint256)
func (ballotBox *BallotBox) UnpackMAXTOKENSIZE(data []byte) (*big.Int, error) {
	out, err := ballotBox.abi.Unpack("MAX_TOKEN_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXTRUSTEES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dfbed61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TRUSTEES() view returns(uint256)
func (ballotBox *BallotBox) PackMAXTRUSTEES() []byte {
	enc, err := ballotBox.abi.Pack("MAX_TRUSTEES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTRUSTEES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dfbed61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TRUSTEES() view returns(uint256)
func (ballotBox *BallotBox) TryPackMAXTRUSTEES() ([]byte, error) {
	return ballotBox.abi.Pack("MAX_TRUSTEES")
}

// UnpackMAXTRUSTEES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dfbed61.
//
// Solidity: function MAX_TRUSTEES() view returns(uint256)
func (ballotBox *BallotBox) UnpackMAXTRUSTEES(data []byte) (*big.Int, error) {
	out, err := ballotBox.abi.Unpack("MAX_TRUSTEES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBallotCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0030032.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ballotCount() view returns(uint64)
func (ballotBox *BallotBox) PackBallotCount() []byte {
	enc, err := ballotBox.abi.Pack("ballotCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBallotCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0030032.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ballotCount() view returns(uint64)
func (ballotBox *BallotBox) TryPackBallotCount() ([]byte, error) {
	return ballotBox.abi.Pack("ballotCount")
}

// UnpackBallotCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc0030032.
//
// Solidity: function ballotCount() view returns(uint64)
func (ballotBox *BallotBox) UnpackBallotCount(data []byte) (uint64, error) {
	out, err := ballotBox.abi.Unpack("ballotCount", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackCastBallot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x873b2ec9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castBallot(address pseudonym, bytes token, bytes ballot, bytes signature) returns()
func (ballotBox *BallotBox) PackCastBallot(pseudonym common.Address, token []byte, ballot []byte, signature []byte) []byte {
	enc, err := ballotBox.abi.Pack("castBallot", pseudonym, token, ballot, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastBallot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x873b2ec9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castBallot(address pseudonym, bytes token, bytes ballot, bytes signature) returns()
func (ballotBox *BallotBox) TryPackCastBallot(pseudonym common.Address, token []byte, ballot []byte, signature []byte) ([]byte, error) {
	return ballotBox.abi.Pack("castBallot", pseudonym, token, ballot, signature)
}

// PackCastDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe82c2195.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castDigest(bytes token, bytes ballot) view returns(bytes32)
func (ballotBox *BallotBox) PackCastDigest(token []byte, ballot []byte) []byte {
	enc, err := ballotBox.abi.Pack("castDigest", token, ballot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe82c2195.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castDigest(bytes token, bytes ballot) view returns(bytes32)
func (ballotBox *BallotBox) TryPackCastDigest(token []byte, ballot []byte) ([]byte, error) {
	return ballotBox.abi.Pack("castDigest", token, ballot)
}

// UnpackCastDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe82c2195.
//
// Solidity: function castDigest(bytes token, bytes ballot) view returns(bytes32)
func (ballotBox *BallotBox) UnpackCastDigest(data []byte) ([32]byte, error) {
	out, err := ballotBox.abi.Unpack("castDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackClosePolls is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c90d56b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closePolls() returns()
func (ballotBox *BallotBox) PackClosePolls() []byte {
	enc, err := ballotBox.abi.Pack("closePolls")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClosePolls is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c90d56b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closePolls() returns()
func (ballotBox *BallotBox) TryPackClosePolls() ([]byte, error) {
	return ballotBox.abi.Pack("closePolls")
}

// PackCommission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1489191.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commission() view returns(address)
func (ballotBox *BallotBox) PackCommission() []byte {
	enc, err := ballotBox.abi.Pack("commission")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1489191.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commission() view returns(address)
func (ballotBox *BallotBox) TryPackCommission() ([]byte, error) {
	return ballotBox.abi.Pack("commission")
}

// UnpackCommission is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe1489191.
//
// Solidity: function commission() view returns(address)
func (ballotBox *BallotBox) UnpackCommission(data []byte) (common.Address, error) {
	out, err := ballotBox.abi.Unpack("commission", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDealingMask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a4096b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dealingMask() view returns(uint64)
func (ballotBox *BallotBox) PackDealingMask() []byte {
	enc, err := ballotBox.abi.Pack("dealingMask")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDealingMask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a4096b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dealingMask() view returns(uint64)
func (ballotBox *BallotBox) TryPackDealingMask() ([]byte, error) {
	return ballotBox.abi.Pack("dealingMask")
}

// UnpackDealingMask is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8a4096b7.
//
// Solidity: function dealingMask() view returns(uint64)
func (ballotBox *BallotBox) UnpackDealingMask(data []byte) (uint64, error) {
	out, err := ballotBox.abi.Unpack("dealingMask", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackElectionId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x051364d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function electionId() view returns(bytes32)
func (ballotBox *BallotBox) PackElectionId() []byte {
	enc, err := ballotBox.abi.Pack("electionId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackElectionId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x051364d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function electionId() view returns(bytes32)
func (ballotBox *BallotBox) TryPackElectionId() ([]byte, error) {
	return ballotBox.abi.Pack("electionId")
}

// UnpackElectionId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x051364d4.
//
// Solidity: function electionId() view returns(bytes32)
func (ballotBox *BallotBox) UnpackElectionId(data []byte) ([32]byte, error) {
	out, err := ballotBox.abi.Unpack("electionId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackElectionKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa3d8546.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function electionKey() view returns(bytes32)
func (ballotBox *BallotBox) PackElectionKey() []byte {
	enc, err := ballotBox.abi.Pack("electionKey")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackElectionKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa3d8546.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function electionKey() view returns(bytes32)
func (ballotBox *BallotBox) TryPackElectionKey() ([]byte, error) {
	return ballotBox.abi.Pack("electionKey")
}

// UnpackElectionKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfa3d8546.
//
// Solidity: function electionKey() view returns(bytes32)
func (ballotBox *BallotBox) UnpackElectionKey(data []byte) ([32]byte, error) {
	out, err := ballotBox.abi.Unpack("electionKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFinishKeyCeremony is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef1896b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finishKeyCeremony(bytes key, uint256 qualified) returns()
func (ballotBox *BallotBox) PackFinishKeyCeremony(key []byte, qualified *big.Int) []byte {
	enc, err := ballotBox.abi.Pack("finishKeyCeremony", key, qualified)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinishKeyCeremony is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef1896b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finishKeyCeremony(bytes key, uint256 qualified) returns()
func (ballotBox *BallotBox) TryPackFinishKeyCeremony(key []byte, qualified *big.Int) ([]byte, error) {
	return ballotBox.abi.Pack("finishKeyCeremony", key, qualified)
}

// PackFinishMix is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x611c6cf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finishMix() returns()
func (ballotBox *BallotBox) PackFinishMix() []byte {
	enc, err := ballotBox.abi.Pack("finishMix")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinishMix is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x611c6cf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finishMix() returns()
func (ballotBox *BallotBox) TryPackFinishMix() ([]byte, error) {
	return ballotBox.abi.Pack("finishMix")
}

// PackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09eef43e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasVoted(address ) view returns(bool)
func (ballotBox *BallotBox) PackHasVoted(arg0 common.Address) []byte {
	enc, err := ballotBox.abi.Pack("hasVoted", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09eef43e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasVoted(address ) view returns(bool)
func (ballotBox *BallotBox) TryPackHasVoted(arg0 common.Address) ([]byte, error) {
	return ballotBox.abi.Pack("hasVoted", arg0)
}

// UnpackHasVoted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x09eef43e.
//
// Solidity: function hasVoted(address ) view returns(bool)
func (ballotBox *BallotBox) UnpackHasVoted(data []byte) (bool, error) {
	out, err := ballotBox.abi.Unpack("hasVoted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackKeyMask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e4fa40f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function keyMask() view returns(uint64)
func (ballotBox *BallotBox) PackKeyMask() []byte {
	enc, err := ballotBox.abi.Pack("keyMask")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKeyMask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e4fa40f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function keyMask() view returns(uint64)
func (ballotBox *BallotBox) TryPackKeyMask() ([]byte, error) {
	return ballotBox.abi.Pack("keyMask")
}

// UnpackKeyMask is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e4fa40f.
//
// Solidity: function keyMask() view returns(uint64)
func (ballotBox *BallotBox) UnpackKeyMask(data []byte) (uint64, error) {
	out, err := ballotBox.abi.Unpack("keyMask", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackManifestHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x337f3f32.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function manifestHash() view returns(bytes32)
func (ballotBox *BallotBox) PackManifestHash() []byte {
	enc, err := ballotBox.abi.Pack("manifestHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackManifestHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x337f3f32.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function manifestHash() view returns(bytes32)
func (ballotBox *BallotBox) TryPackManifestHash() ([]byte, error) {
	return ballotBox.abi.Pack("manifestHash")
}

// UnpackManifestHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x337f3f32.
//
// Solidity: function manifestHash() view returns(bytes32)
func (ballotBox *BallotBox) UnpackManifestHash(data []byte) ([32]byte, error) {
	out, err := ballotBox.abi.Unpack("manifestHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMixFinished is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba0cb896.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mixFinished() view returns(bool)
func (ballotBox *BallotBox) PackMixFinished() []byte {
	enc, err := ballotBox.abi.Pack("mixFinished")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMixFinished is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba0cb896.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mixFinished() view returns(bool)
func (ballotBox *BallotBox) TryPackMixFinished() ([]byte, error) {
	return ballotBox.abi.Pack("mixFinished")
}

// UnpackMixFinished is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xba0cb896.
//
// Solidity: function mixFinished() view returns(bool)
func (ballotBox *BallotBox) UnpackMixFinished(data []byte) (bool, error) {
	out, err := ballotBox.abi.Unpack("mixFinished", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMixMask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd8b4b07.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mixMask() view returns(uint64)
func (ballotBox *BallotBox) PackMixMask() []byte {
	enc, err := ballotBox.abi.Pack("mixMask")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMixMask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd8b4b07.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mixMask() view returns(uint64)
func (ballotBox *BallotBox) TryPackMixMask() ([]byte, error) {
	return ballotBox.abi.Pack("mixMask")
}

// UnpackMixMask is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcd8b4b07.
//
// Solidity: function mixMask() view returns(uint64)
func (ballotBox *BallotBox) UnpackMixMask(data []byte) (uint64, error) {
	out, err := ballotBox.abi.Unpack("mixMask", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMixShareMask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c7055df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mixShareMask() view returns(uint64)
func (ballotBox *BallotBox) PackMixShareMask() []byte {
	enc, err := ballotBox.abi.Pack("mixShareMask")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMixShareMask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c7055df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mixShareMask() view returns(uint64)
func (ballotBox *BallotBox) TryPackMixShareMask() ([]byte, error) {
	return ballotBox.abi.Pack("mixShareMask")
}

// UnpackMixShareMask is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c7055df.
//
// Solidity: function mixShareMask() view returns(uint64)
func (ballotBox *BallotBox) UnpackMixShareMask(data []byte) (uint64, error) {
	out, err := ballotBox.abi.Unpack("mixShareMask", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOpenPolls is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f97500a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openPolls() returns()
func (ballotBox *BallotBox) PackOpenPolls() []byte {
	enc, err := ballotBox.abi.Pack("openPolls")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenPolls is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f97500a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openPolls() returns()
func (ballotBox *BallotBox) TryPackOpenPolls() ([]byte, error) {
	return ballotBox.abi.Pack("openPolls")
}

// PackPostComplaint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfd9167c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postComplaint(bytes data) returns()
func (ballotBox *BallotBox) PackPostComplaint(data []byte) []byte {
	enc, err := ballotBox.abi.Pack("postComplaint", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostComplaint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfd9167c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postComplaint(bytes data) returns()
func (ballotBox *BallotBox) TryPackPostComplaint(data []byte) ([]byte, error) {
	return ballotBox.abi.Pack("postComplaint", data)
}

// PackPostDealing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8e36ab4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postDealing(bytes data) returns()
func (ballotBox *BallotBox) PackPostDealing(data []byte) []byte {
	enc, err := ballotBox.abi.Pack("postDealing", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostDealing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8e36ab4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postDealing(bytes data) returns()
func (ballotBox *BallotBox) TryPackPostDealing(data []byte) ([]byte, error) {
	return ballotBox.abi.Pack("postDealing", data)
}

// PackPostDecryptionShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc6933b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postDecryptionShare(uint8 round, bytes share) returns()
func (ballotBox *BallotBox) PackPostDecryptionShare(round uint8, share []byte) []byte {
	enc, err := ballotBox.abi.Pack("postDecryptionShare", round, share)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostDecryptionShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc6933b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postDecryptionShare(uint8 round, bytes share) returns()
func (ballotBox *BallotBox) TryPackPostDecryptionShare(round uint8, share []byte) ([]byte, error) {
	return ballotBox.abi.Pack("postDecryptionShare", round, share)
}

// PackPostFinalTokenCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17432479.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postFinalTokenCount(uint256 from, uint256 count, bytes32 logRoot) returns()
func (ballotBox *BallotBox) PackPostFinalTokenCount(from *big.Int, count *big.Int, logRoot [32]byte) []byte {
	enc, err := ballotBox.abi.Pack("postFinalTokenCount", from, count, logRoot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostFinalTokenCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17432479.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postFinalTokenCount(uint256 from, uint256 count, bytes32 logRoot) returns()
func (ballotBox *BallotBox) TryPackPostFinalTokenCount(from *big.Int, count *big.Int, logRoot [32]byte) ([]byte, error) {
	return ballotBox.abi.Pack("postFinalTokenCount", from, count, logRoot)
}

// PackPostMix is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dfc3afe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postMix(bytes32 input, bytes32 output, bytes32 file) returns()
func (ballotBox *BallotBox) PackPostMix(input [32]byte, output [32]byte, file [32]byte) []byte {
	enc, err := ballotBox.abi.Pack("postMix", input, output, file)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostMix is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dfc3afe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postMix(bytes32 input, bytes32 output, bytes32 file) returns()
func (ballotBox *BallotBox) TryPackPostMix(input [32]byte, output [32]byte, file [32]byte) ([]byte, error) {
	return ballotBox.abi.Pack("postMix", input, output, file)
}

// PackPostMixShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4e933b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postMixShare(bytes32 lists, bytes32 file) returns()
func (ballotBox *BallotBox) PackPostMixShare(lists [32]byte, file [32]byte) []byte {
	enc, err := ballotBox.abi.Pack("postMixShare", lists, file)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostMixShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4e933b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postMixShare(bytes32 lists, bytes32 file) returns()
func (ballotBox *BallotBox) TryPackPostMixShare(lists [32]byte, file [32]byte) ([]byte, error) {
	return ballotBox.abi.Pack("postMixShare", lists, file)
}

// PackPostRoll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x567d8aa2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postRoll(bytes32 root, uint256 count) returns()
func (ballotBox *BallotBox) PackPostRoll(root [32]byte, count *big.Int) []byte {
	enc, err := ballotBox.abi.Pack("postRoll", root, count)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostRoll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x567d8aa2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postRoll(bytes32 root, uint256 count) returns()
func (ballotBox *BallotBox) TryPackPostRoll(root [32]byte, count *big.Int) ([]byte, error) {
	return ballotBox.abi.Pack("postRoll", root, count)
}

// PackPostTokenCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde986d7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postTokenCount(uint256 from, uint256 count, bytes32 logRoot) returns()
func (ballotBox *BallotBox) PackPostTokenCount(from *big.Int, count *big.Int, logRoot [32]byte) []byte {
	enc, err := ballotBox.abi.Pack("postTokenCount", from, count, logRoot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostTokenCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde986d7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postTokenCount(uint256 from, uint256 count, bytes32 logRoot) returns()
func (ballotBox *BallotBox) TryPackPostTokenCount(from *big.Int, count *big.Int, logRoot [32]byte) ([]byte, error) {
	return ballotBox.abi.Pack("postTokenCount", from, count, logRoot)
}

// PackPostTrusteeKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x687eb66c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postTrusteeKey(bytes data) returns()
func (ballotBox *BallotBox) PackPostTrusteeKey(data []byte) []byte {
	enc, err := ballotBox.abi.Pack("postTrusteeKey", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostTrusteeKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x687eb66c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postTrusteeKey(bytes data) returns()
func (ballotBox *BallotBox) TryPackPostTrusteeKey(data []byte) ([]byte, error) {
	return ballotBox.abi.Pack("postTrusteeKey", data)
}

// PackPublishResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x657bb587.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishResult(bytes data, bytes32 record) returns()
func (ballotBox *BallotBox) PackPublishResult(data []byte, record [32]byte) []byte {
	enc, err := ballotBox.abi.Pack("publishResult", data, record)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x657bb587.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishResult(bytes data, bytes32 record) returns()
func (ballotBox *BallotBox) TryPackPublishResult(data []byte, record [32]byte) ([]byte, error) {
	return ballotBox.abi.Pack("publishResult", data, record)
}

// PackQualifiedMask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59e2de11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function qualifiedMask() view returns(uint64)
func (ballotBox *BallotBox) PackQualifiedMask() []byte {
	enc, err := ballotBox.abi.Pack("qualifiedMask")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQualifiedMask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59e2de11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function qualifiedMask() view returns(uint64)
func (ballotBox *BallotBox) TryPackQualifiedMask() ([]byte, error) {
	return ballotBox.abi.Pack("qualifiedMask")
}

// UnpackQualifiedMask is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x59e2de11.
//
// Solidity: function qualifiedMask() view returns(uint64)
func (ballotBox *BallotBox) UnpackQualifiedMask(data []byte) (uint64, error) {
	out, err := ballotBox.abi.Unpack("qualifiedMask", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRecordHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd374cc21.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordHash() view returns(bytes32)
func (ballotBox *BallotBox) PackRecordHash() []byte {
	enc, err := ballotBox.abi.Pack("recordHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd374cc21.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordHash() view returns(bytes32)
func (ballotBox *BallotBox) TryPackRecordHash() ([]byte, error) {
	return ballotBox.abi.Pack("recordHash")
}

// UnpackRecordHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd374cc21.
//
// Solidity: function recordHash() view returns(bytes32)
func (ballotBox *BallotBox) UnpackRecordHash(data []byte) ([32]byte, error) {
	out, err := ballotBox.abi.Unpack("recordHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRegistrar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b20e397.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registrar() view returns(address)
func (ballotBox *BallotBox) PackRegistrar() []byte {
	enc, err := ballotBox.abi.Pack("registrar")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistrar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b20e397.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registrar() view returns(address)
func (ballotBox *BallotBox) TryPackRegistrar() ([]byte, error) {
	return ballotBox.abi.Pack("registrar")
}

// UnpackRegistrar is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b20e397.
//
// Solidity: function registrar() view returns(address)
func (ballotBox *BallotBox) UnpackRegistrar(data []byte) (common.Address, error) {
	out, err := ballotBox.abi.Unpack("registrar", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRegistrarKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbabf70c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registrarKey() view returns(bytes)
func (ballotBox *BallotBox) PackRegistrarKey() []byte {
	enc, err := ballotBox.abi.Pack("registrarKey")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistrarKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbabf70c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registrarKey() view returns(bytes)
func (ballotBox *BallotBox) TryPackRegistrarKey() ([]byte, error) {
	return ballotBox.abi.Pack("registrarKey")
}

// UnpackRegistrarKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbabf70c8.
//
// Solidity: function registrarKey() view returns(bytes)
func (ballotBox *BallotBox) UnpackRegistrarKey(data []byte) ([]byte, error) {
	out, err := ballotBox.abi.Unpack("registrarKey", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65372147.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function result() view returns(bytes)
func (ballotBox *BallotBox) PackResult() []byte {
	enc, err := ballotBox.abi.Pack("result")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65372147.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function result() view returns(bytes)
func (ballotBox *BallotBox) TryPackResult() ([]byte, error) {
	return ballotBox.abi.Pack("result")
}

// UnpackResult is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65372147.
//
// Solidity: function result() view returns(bytes)
func (ballotBox *BallotBox) UnpackResult(data []byte) ([]byte, error) {
	out, err := ballotBox.abi.Unpack("result", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackRollCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30a3bad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollCount() view returns(uint256)
func (ballotBox *BallotBox) PackRollCount() []byte {
	enc, err := ballotBox.abi.Pack("rollCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRollCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30a3bad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rollCount() view returns(uint256)
func (ballotBox *BallotBox) TryPackRollCount() ([]byte, error) {
	return ballotBox.abi.Pack("rollCount")
}

// UnpackRollCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30a3bad.
//
// Solidity: function rollCount() view returns(uint256)
func (ballotBox *BallotBox) UnpackRollCount(data []byte) (*big.Int, error) {
	out, err := ballotBox.abi.Unpack("rollCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRollRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f668e0c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollRoot() view returns(bytes32)
func (ballotBox *BallotBox) PackRollRoot() []byte {
	enc, err := ballotBox.abi.Pack("rollRoot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRollRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f668e0c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rollRoot() view returns(bytes32)
func (ballotBox *BallotBox) TryPackRollRoot() ([]byte, error) {
	return ballotBox.abi.Pack("rollRoot")
}

// UnpackRollRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f668e0c.
//
// Solidity: function rollRoot() view returns(bytes32)
func (ballotBox *BallotBox) UnpackRollRoot(data []byte) ([32]byte, error) {
	out, err := ballotBox.abi.Unpack("rollRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSetRegistrar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e9fdff6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRegistrar(address account, bytes key) returns()
func (ballotBox *BallotBox) PackSetRegistrar(account common.Address, key []byte) []byte {
	enc, err := ballotBox.abi.Pack("setRegistrar", account, key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRegistrar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e9fdff6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRegistrar(address account, bytes key) returns()
func (ballotBox *BallotBox) TryPackSetRegistrar(account common.Address, key []byte) ([]byte, error) {
	return ballotBox.abi.Pack("setRegistrar", account, key)
}

// PackShareMask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe8b00ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function shareMask(uint8 round) view returns(uint64)
func (ballotBox *BallotBox) PackShareMask(round uint8) []byte {
	enc, err := ballotBox.abi.Pack("shareMask", round)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackShareMask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe8b00ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function shareMask(uint8 round) view returns(uint64)
func (ballotBox *BallotBox) TryPackShareMask(round uint8) ([]byte, error) {
	return ballotBox.abi.Pack("shareMask", round)
}

// UnpackShareMask is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe8b00ec.
//
// Solidity: function shareMask(uint8 round) view returns(uint64)
func (ballotBox *BallotBox) UnpackShareMask(data []byte) (uint64, error) {
	out, err := ballotBox.abi.Unpack("shareMask", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackStartKeyCeremony is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8570df23.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function startKeyCeremony() returns()
func (ballotBox *BallotBox) PackStartKeyCeremony() []byte {
	enc, err := ballotBox.abi.Pack("startKeyCeremony")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStartKeyCeremony is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8570df23.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function startKeyCeremony() returns()
func (ballotBox *BallotBox) TryPackStartKeyCeremony() ([]byte, error) {
	return ballotBox.abi.Pack("startKeyCeremony")
}

// PackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc19d93fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function state() view returns(uint8)
func (ballotBox *BallotBox) PackState() []byte {
	enc, err := ballotBox.abi.Pack("state")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc19d93fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function state() view returns(uint8)
func (ballotBox *BallotBox) TryPackState() ([]byte, error) {
	return ballotBox.abi.Pack("state")
}

// UnpackState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc19d93fb.
//
// Solidity: function state() view returns(uint8)
func (ballotBox *BallotBox) UnpackState(data []byte) (uint8, error) {
	out, err := ballotBox.abi.Unpack("state", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42cde4e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function threshold() view returns(uint8)
func (ballotBox *BallotBox) PackThreshold() []byte {
	enc, err := ballotBox.abi.Pack("threshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42cde4e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function threshold() view returns(uint8)
func (ballotBox *BallotBox) TryPackThreshold() ([]byte, error) {
	return ballotBox.abi.Pack("threshold")
}

// UnpackThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42cde4e8.
//
// Solidity: function threshold() view returns(uint8)
func (ballotBox *BallotBox) UnpackThreshold(data []byte) (uint8, error) {
	out, err := ballotBox.abi.Unpack("threshold", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackTokenCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f181b5e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenCount() view returns(uint256)
func (ballotBox *BallotBox) PackTokenCount() []byte {
	enc, err := ballotBox.abi.Pack("tokenCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f181b5e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenCount() view returns(uint256)
func (ballotBox *BallotBox) TryPackTokenCount() ([]byte, error) {
	return ballotBox.abi.Pack("tokenCount")
}

// UnpackTokenCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f181b5e.
//
// Solidity: function tokenCount() view returns(uint256)
func (ballotBox *BallotBox) UnpackTokenCount(data []byte) (*big.Int, error) {
	out, err := ballotBox.abi.Unpack("tokenCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTokenCountFinal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc44a6a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenCountFinal() view returns(bool)
func (ballotBox *BallotBox) PackTokenCountFinal() []byte {
	enc, err := ballotBox.abi.Pack("tokenCountFinal")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenCountFinal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc44a6a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenCountFinal() view returns(bool)
func (ballotBox *BallotBox) TryPackTokenCountFinal() ([]byte, error) {
	return ballotBox.abi.Pack("tokenCountFinal")
}

// UnpackTokenCountFinal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc44a6a4.
//
// Solidity: function tokenCountFinal() view returns(bool)
func (ballotBox *BallotBox) UnpackTokenCountFinal(data []byte) (bool, error) {
	out, err := ballotBox.abi.Unpack("tokenCountFinal", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTrustees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1337cb8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function trustees() view returns(address[])
func (ballotBox *BallotBox) PackTrustees() []byte {
	enc, err := ballotBox.abi.Pack("trustees")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTrustees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1337cb8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function trustees() view returns(address[])
func (ballotBox *BallotBox) TryPackTrustees() ([]byte, error) {
	return ballotBox.abi.Pack("trustees")
}

// UnpackTrustees is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1337cb8.
//
// Solidity: function trustees() view returns(address[])
func (ballotBox *BallotBox) UnpackTrustees(data []byte) ([]common.Address, error) {
	out, err := ballotBox.abi.Unpack("trustees", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// BallotBoxBallotCast represents a BallotCast event raised by the BallotBox contract.
type BallotBoxBallotCast struct {
	Pseudonym common.Address
	Seq       *big.Int
	Token     []byte
	Ballot    []byte
	Signature []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const BallotBoxBallotCastEventName = "BallotCast"

// ContractEventName returns the user-defined event name.
func (BallotBoxBallotCast) ContractEventName() string {
	return BallotBoxBallotCastEventName
}

// UnpackBallotCastEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BallotCast(address indexed pseudonym, uint256 indexed seq, bytes token, bytes ballot, bytes signature)
func (ballotBox *BallotBox) UnpackBallotCastEvent(log *types.Log) (*BallotBoxBallotCast, error) {
	event := "BallotCast"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ballotBox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BallotBoxBallotCast)
	if len(log.Data) > 0 {
		if err := ballotBox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ballotBox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BallotBoxComplaintPosted represents a ComplaintPosted event raised by the BallotBox contract.
type BallotBoxComplaintPosted struct {
	Trustee uint8
	Data    []byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const BallotBoxComplaintPostedEventName = "ComplaintPosted"

// ContractEventName returns the user-defined event name.
func (BallotBoxComplaintPosted) ContractEventName() string {
	return BallotBoxComplaintPostedEventName
}

// UnpackComplaintPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ComplaintPosted(uint8 indexed trustee, bytes data)
func (ballotBox *BallotBox) UnpackComplaintPostedEvent(log *types.Log) (*BallotBoxComplaintPosted, error) {
	event := "ComplaintPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ballotBox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BallotBoxComplaintPosted)
	if len(log.Data) > 0 {
		if err := ballotBox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ballotBox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BallotBoxDealingPosted represents a DealingPosted event raised by the BallotBox contract.
type BallotBoxDealingPosted struct {
	Trustee uint8
	Data    []byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const BallotBoxDealingPostedEventName = "DealingPosted"

// ContractEventName returns the user-defined event name.
func (BallotBoxDealingPosted) ContractEventName() string {
	return BallotBoxDealingPostedEventName
}

// UnpackDealingPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DealingPosted(uint8 indexed trustee, bytes data)
func (ballotBox *BallotBox) UnpackDealingPostedEvent(log *types.Log) (*BallotBoxDealingPosted, error) {
	event := "DealingPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ballotBox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BallotBoxDealingPosted)
	if len(log.Data) > 0 {
		if err := ballotBox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ballotBox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BallotBoxDecryptionSharePosted represents a DecryptionSharePosted event raised by the BallotBox contract.
type BallotBoxDecryptionSharePosted struct {
	Round   uint8
	Trustee uint8
	Share   []byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const BallotBoxDecryptionSharePostedEventName = "DecryptionSharePosted"

// ContractEventName returns the user-defined event name.
func (BallotBoxDecryptionSharePosted) ContractEventName() string {
	return BallotBoxDecryptionSharePostedEventName
}

// UnpackDecryptionSharePostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DecryptionSharePosted(uint8 indexed round, uint8 indexed trustee, bytes share)
func (ballotBox *BallotBox) UnpackDecryptionSharePostedEvent(log *types.Log) (*BallotBoxDecryptionSharePosted, error) {
	event := "DecryptionSharePosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ballotBox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BallotBoxDecryptionSharePosted)
	if len(log.Data) > 0 {
		if err := ballotBox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ballotBox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BallotBoxElectionCreated represents a ElectionCreated event raised by the BallotBox contract.
type BallotBoxElectionCreated struct {
	ElectionId [32]byte
	Commission common.Address
	Trustees   []common.Address
	Threshold  uint8
	Manifest   []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const BallotBoxElectionCreatedEventName = "ElectionCreated"

// ContractEventName returns the user-defined event name.
func (BallotBoxElectionCreated) ContractEventName() string {
	return BallotBoxElectionCreatedEventName
}

// UnpackElectionCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ElectionCreated(bytes32 indexed electionId, address commission, address[] trustees, uint8 threshold, bytes manifest)
func (ballotBox *BallotBox) UnpackElectionCreatedEvent(log *types.Log) (*BallotBoxElectionCreated, error) {
	event := "ElectionCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ballotBox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BallotBoxElectionCreated)
	if len(log.Data) > 0 {
		if err := ballotBox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ballotBox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BallotBoxFinalTokenCountPosted represents a FinalTokenCountPosted event raised by the BallotBox contract.
type BallotBoxFinalTokenCountPosted struct {
	Count   *big.Int
	LogRoot [32]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const BallotBoxFinalTokenCountPostedEventName = "FinalTokenCountPosted"

// ContractEventName returns the user-defined event name.
func (BallotBoxFinalTokenCountPosted) ContractEventName() string {
	return BallotBoxFinalTokenCountPostedEventName
}

// UnpackFinalTokenCountPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FinalTokenCountPosted(uint256 count, bytes32 logRoot)
func (ballotBox *BallotBox) UnpackFinalTokenCountPostedEvent(log *types.Log) (*BallotBoxFinalTokenCountPosted, error) {
	event := "FinalTokenCountPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ballotBox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BallotBoxFinalTokenCountPosted)
	if len(log.Data) > 0 {
		if err := ballotBox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ballotBox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BallotBoxKeyCeremonyFinished represents a KeyCeremonyFinished event raised by the BallotBox contract.
type BallotBoxKeyCeremonyFinished struct {
	ElectionKey   [32]byte
	QualifiedMask uint64
	Raw           *types.Log // Blockchain specific contextual infos
}

const BallotBoxKeyCeremonyFinishedEventName = "KeyCeremonyFinished"

// ContractEventName returns the user-defined event name.
func (BallotBoxKeyCeremonyFinished) ContractEventName() string {
	return BallotBoxKeyCeremonyFinishedEventName
}

// UnpackKeyCeremonyFinishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KeyCeremonyFinished(bytes32 electionKey, uint64 qualifiedMask)
func (ballotBox *BallotBox) UnpackKeyCeremonyFinishedEvent(log *types.Log) (*BallotBoxKeyCeremonyFinished, error) {
	event := "KeyCeremonyFinished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ballotBox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BallotBoxKeyCeremonyFinished)
	if len(log.Data) > 0 {
		if err := ballotBox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ballotBox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BallotBoxMixFinished represents a MixFinished event raised by the BallotBox contract.
type BallotBoxMixFinished struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const BallotBoxMixFinishedEventName = "MixFinished"

// ContractEventName returns the user-defined event name.
func (BallotBoxMixFinished) ContractEventName() string {
	return BallotBoxMixFinishedEventName
}

// UnpackMixFinishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MixFinished()
func (ballotBox *BallotBox) UnpackMixFinishedEvent(log *types.Log) (*BallotBoxMixFinished, error) {
	event := "MixFinished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ballotBox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BallotBoxMixFinished)
	if len(log.Data) > 0 {
		if err := ballotBox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ballotBox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BallotBoxMixPosted represents a MixPosted event raised by the BallotBox contract.
type BallotBoxMixPosted struct {
	Trustee uint8
	Input   [32]byte
	Output  [32]byte
	File    [32]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const BallotBoxMixPostedEventName = "MixPosted"

// ContractEventName returns the user-defined event name.
func (BallotBoxMixPosted) ContractEventName() string {
	return BallotBoxMixPostedEventName
}

// UnpackMixPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MixPosted(uint8 indexed trustee, bytes32 input, bytes32 output, bytes32 file)
func (ballotBox *BallotBox) UnpackMixPostedEvent(log *types.Log) (*BallotBoxMixPosted, error) {
	event := "MixPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ballotBox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BallotBoxMixPosted)
	if len(log.Data) > 0 {
		if err := ballotBox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ballotBox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BallotBoxMixSharePosted represents a MixSharePosted event raised by the BallotBox contract.
type BallotBoxMixSharePosted struct {
	Trustee uint8
	Lists   [32]byte
	File    [32]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const BallotBoxMixSharePostedEventName = "MixSharePosted"

// ContractEventName returns the user-defined event name.
func (BallotBoxMixSharePosted) ContractEventName() string {
	return BallotBoxMixSharePostedEventName
}

// UnpackMixSharePostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MixSharePosted(uint8 indexed trustee, bytes32 lists, bytes32 file)
func (ballotBox *BallotBox) UnpackMixSharePostedEvent(log *types.Log) (*BallotBoxMixSharePosted, error) {
	event := "MixSharePosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ballotBox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BallotBoxMixSharePosted)
	if len(log.Data) > 0 {
		if err := ballotBox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ballotBox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BallotBoxRegistrarKeySet represents a RegistrarKeySet event raised by the BallotBox contract.
type BallotBoxRegistrarKeySet struct {
	Registrar common.Address
	Key       []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const BallotBoxRegistrarKeySetEventName = "RegistrarKeySet"

// ContractEventName returns the user-defined event name.
func (BallotBoxRegistrarKeySet) ContractEventName() string {
	return BallotBoxRegistrarKeySetEventName
}

// UnpackRegistrarKeySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RegistrarKeySet(address indexed registrar, bytes key)
func (ballotBox *BallotBox) UnpackRegistrarKeySetEvent(log *types.Log) (*BallotBoxRegistrarKeySet, error) {
	event := "RegistrarKeySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ballotBox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BallotBoxRegistrarKeySet)
	if len(log.Data) > 0 {
		if err := ballotBox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ballotBox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BallotBoxResultPublished represents a ResultPublished event raised by the BallotBox contract.
type BallotBoxResultPublished struct {
	RecordHash [32]byte
	Result     []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const BallotBoxResultPublishedEventName = "ResultPublished"

// ContractEventName returns the user-defined event name.
func (BallotBoxResultPublished) ContractEventName() string {
	return BallotBoxResultPublishedEventName
}

// UnpackResultPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultPublished(bytes32 recordHash, bytes result)
func (ballotBox *BallotBox) UnpackResultPublishedEvent(log *types.Log) (*BallotBoxResultPublished, error) {
	event := "ResultPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ballotBox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BallotBoxResultPublished)
	if len(log.Data) > 0 {
		if err := ballotBox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ballotBox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BallotBoxRollPosted represents a RollPosted event raised by the BallotBox contract.
type BallotBoxRollPosted struct {
	Root  [32]byte
	Count *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const BallotBoxRollPostedEventName = "RollPosted"

// ContractEventName returns the user-defined event name.
func (BallotBoxRollPosted) ContractEventName() string {
	return BallotBoxRollPostedEventName
}

// UnpackRollPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RollPosted(bytes32 root, uint256 count)
func (ballotBox *BallotBox) UnpackRollPostedEvent(log *types.Log) (*BallotBoxRollPosted, error) {
	event := "RollPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ballotBox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BallotBoxRollPosted)
	if len(log.Data) > 0 {
		if err := ballotBox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ballotBox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BallotBoxStateChanged represents a StateChanged event raised by the BallotBox contract.
type BallotBoxStateChanged struct {
	State uint8
	Raw   *types.Log // Blockchain specific contextual infos
}

const BallotBoxStateChangedEventName = "StateChanged"

// ContractEventName returns the user-defined event name.
func (BallotBoxStateChanged) ContractEventName() string {
	return BallotBoxStateChangedEventName
}

// UnpackStateChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StateChanged(uint8 state)
func (ballotBox *BallotBox) UnpackStateChangedEvent(log *types.Log) (*BallotBoxStateChanged, error) {
	event := "StateChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ballotBox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BallotBoxStateChanged)
	if len(log.Data) > 0 {
		if err := ballotBox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ballotBox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BallotBoxTokenCountPosted represents a TokenCountPosted event raised by the BallotBox contract.
type BallotBoxTokenCountPosted struct {
	Count   *big.Int
	LogRoot [32]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const BallotBoxTokenCountPostedEventName = "TokenCountPosted"

// ContractEventName returns the user-defined event name.
func (BallotBoxTokenCountPosted) ContractEventName() string {
	return BallotBoxTokenCountPostedEventName
}

// UnpackTokenCountPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenCountPosted(uint256 count, bytes32 logRoot)
func (ballotBox *BallotBox) UnpackTokenCountPostedEvent(log *types.Log) (*BallotBoxTokenCountPosted, error) {
	event := "TokenCountPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ballotBox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BallotBoxTokenCountPosted)
	if len(log.Data) > 0 {
		if err := ballotBox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ballotBox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BallotBoxTrusteeKeyPosted represents a TrusteeKeyPosted event raised by the BallotBox contract.
type BallotBoxTrusteeKeyPosted struct {
	Trustee uint8
	Data    []byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const BallotBoxTrusteeKeyPostedEventName = "TrusteeKeyPosted"

// ContractEventName returns the user-defined event name.
func (BallotBoxTrusteeKeyPosted) ContractEventName() string {
	return BallotBoxTrusteeKeyPostedEventName
}

// UnpackTrusteeKeyPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TrusteeKeyPosted(uint8 indexed trustee, bytes data)
func (ballotBox *BallotBox) UnpackTrusteeKeyPostedEvent(log *types.Log) (*BallotBoxTrusteeKeyPosted, error) {
	event := "TrusteeKeyPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ballotBox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BallotBoxTrusteeKeyPosted)
	if len(log.Data) > 0 {
		if err := ballotBox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ballotBox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (ballotBox *BallotBox) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], ballotBox.abi.Errors["AlreadyPosted"].ID.Bytes()[:4]) {
		return ballotBox.UnpackAlreadyPostedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ballotBox.abi.Errors["AlreadyVoted"].ID.Bytes()[:4]) {
		return ballotBox.UnpackAlreadyVotedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ballotBox.abi.Errors["BadAddress"].ID.Bytes()[:4]) {
		return ballotBox.UnpackBadAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], ballotBox.abi.Errors["BadElectionKey"].ID.Bytes()[:4]) {
		return ballotBox.UnpackBadElectionKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], ballotBox.abi.Errors["BadQualifiedSet"].ID.Bytes()[:4]) {
		return ballotBox.UnpackBadQualifiedSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], ballotBox.abi.Errors["BadRound"].ID.Bytes()[:4]) {
		return ballotBox.UnpackBadRoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], ballotBox.abi.Errors["BadSignature"].ID.Bytes()[:4]) {
		return ballotBox.UnpackBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], ballotBox.abi.Errors["BadSize"].ID.Bytes()[:4]) {
		return ballotBox.UnpackBadSizeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ballotBox.abi.Errors["BadThreshold"].ID.Bytes()[:4]) {
		return ballotBox.UnpackBadThresholdError(raw[4:])
	}
	if bytes.Equal(raw[:4], ballotBox.abi.Errors["BadTrustees"].ID.Bytes()[:4]) {
		return ballotBox.UnpackBadTrusteesError(raw[4:])
	}
	if bytes.Equal(raw[:4], ballotBox.abi.Errors["FinalTokenCountPostedAlready"].ID.Bytes()[:4]) {
		return ballotBox.UnpackFinalTokenCountPostedAlreadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], ballotBox.abi.Errors["ManifestMismatch"].ID.Bytes()[:4]) {
		return ballotBox.UnpackManifestMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], ballotBox.abi.Errors["MixClosed"].ID.Bytes()[:4]) {
		return ballotBox.UnpackMixClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ballotBox.abi.Errors["MixNotFinished"].ID.Bytes()[:4]) {
		return ballotBox.UnpackMixNotFinishedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ballotBox.abi.Errors["NoFinalTokenCount"].ID.Bytes()[:4]) {
		return ballotBox.UnpackNoFinalTokenCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], ballotBox.abi.Errors["NoMix"].ID.Bytes()[:4]) {
		return ballotBox.UnpackNoMixError(raw[4:])
	}
	if bytes.Equal(raw[:4], ballotBox.abi.Errors["NoRoll"].ID.Bytes()[:4]) {
		return ballotBox.UnpackNoRollError(raw[4:])
	}
	if bytes.Equal(raw[:4], ballotBox.abi.Errors["NotCommission"].ID.Bytes()[:4]) {
		return ballotBox.UnpackNotCommissionError(raw[4:])
	}
	if bytes.Equal(raw[:4], ballotBox.abi.Errors["NotEnoughShares"].ID.Bytes()[:4]) {
		return ballotBox.UnpackNotEnoughSharesError(raw[4:])
	}
	if bytes.Equal(raw[:4], ballotBox.abi.Errors["NotQualified"].ID.Bytes()[:4]) {
		return ballotBox.UnpackNotQualifiedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ballotBox.abi.Errors["NotRegistrar"].ID.Bytes()[:4]) {
		return ballotBox.UnpackNotRegistrarError(raw[4:])
	}
	if bytes.Equal(raw[:4], ballotBox.abi.Errors["NotTrustee"].ID.Bytes()[:4]) {
		return ballotBox.UnpackNotTrusteeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ballotBox.abi.Errors["RegistrarNotSet"].ID.Bytes()[:4]) {
		return ballotBox.UnpackRegistrarNotSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], ballotBox.abi.Errors["TokenCountDecreased"].ID.Bytes()[:4]) {
		return ballotBox.UnpackTokenCountDecreasedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ballotBox.abi.Errors["TokenCountMoved"].ID.Bytes()[:4]) {
		return ballotBox.UnpackTokenCountMovedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ballotBox.abi.Errors["WrongState"].ID.Bytes()[:4]) {
		return ballotBox.UnpackWrongStateError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BallotBoxAlreadyPosted represents a AlreadyPosted error raised by the BallotBox contract.
type BallotBoxAlreadyPosted struct {
	Trustee uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyPosted(uint8 trustee)
func BallotBoxAlreadyPostedErrorID() common.Hash {
	return common.HexToHash("0x4e0b042e9f9fd49d3d4fbc94e0c1abdbf04411e640993a6e8c5bb57aed703b95")
}

// UnpackAlreadyPostedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyPosted(uint8 trustee)
func (ballotBox *BallotBox) UnpackAlreadyPostedError(raw []byte) (*BallotBoxAlreadyPosted, error) {
	out := new(BallotBoxAlreadyPosted)
	if err := ballotBox.abi.UnpackIntoInterface(out, "AlreadyPosted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BallotBoxAlreadyVoted represents a AlreadyVoted error raised by the BallotBox contract.
type BallotBoxAlreadyVoted struct {
	Pseudonym common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyVoted(address pseudonym)
func BallotBoxAlreadyVotedErrorID() common.Hash {
	return common.HexToHash("0xd449d674cb213019103ed0874ef5d2bc3d31fe332f9d7d55f87ff967a029c0c3")
}

// UnpackAlreadyVotedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyVoted(address pseudonym)
func (ballotBox *BallotBox) UnpackAlreadyVotedError(raw []byte) (*BallotBoxAlreadyVoted, error) {
	out := new(BallotBoxAlreadyVoted)
	if err := ballotBox.abi.UnpackIntoInterface(out, "AlreadyVoted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BallotBoxBadAddress represents a BadAddress error raised by the BallotBox contract.
type BallotBoxBadAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadAddress()
func BallotBoxBadAddressErrorID() common.Hash {
	return common.HexToHash("0x32691b576882adb193c3a342940b4f0c3c250e4a77ba3413c67cb4410ea8db4f")
}

// UnpackBadAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadAddress()
func (ballotBox *BallotBox) UnpackBadAddressError(raw []byte) (*BallotBoxBadAddress, error) {
	out := new(BallotBoxBadAddress)
	if err := ballotBox.abi.UnpackIntoInterface(out, "BadAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BallotBoxBadElectionKey represents a BadElectionKey error raised by the BallotBox contract.
type BallotBoxBadElectionKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadElectionKey()
func BallotBoxBadElectionKeyErrorID() common.Hash {
	return common.HexToHash("0xf6229178c33fa50c37365baca22a2e1d599be070201654cd896aa722846483cf")
}

// UnpackBadElectionKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadElectionKey()
func (ballotBox *BallotBox) UnpackBadElectionKeyError(raw []byte) (*BallotBoxBadElectionKey, error) {
	out := new(BallotBoxBadElectionKey)
	if err := ballotBox.abi.UnpackIntoInterface(out, "BadElectionKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BallotBoxBadQualifiedSet represents a BadQualifiedSet error raised by the BallotBox contract.
type BallotBoxBadQualifiedSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadQualifiedSet()
func BallotBoxBadQualifiedSetErrorID() common.Hash {
	return common.HexToHash("0x48db4d261bde249de230e4673912b0efb014c587fa887a0b179ba2910f98867f")
}

// UnpackBadQualifiedSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadQualifiedSet()
func (ballotBox *BallotBox) UnpackBadQualifiedSetError(raw []byte) (*BallotBoxBadQualifiedSet, error) {
	out := new(BallotBoxBadQualifiedSet)
	if err := ballotBox.abi.UnpackIntoInterface(out, "BadQualifiedSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BallotBoxBadRound represents a BadRound error raised by the BallotBox contract.
type BallotBoxBadRound struct {
	Round uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRound(uint8 round)
func BallotBoxBadRoundErrorID() common.Hash {
	return common.HexToHash("0x90992882a1602c877b0680872ac231d58efd0cee31513dceae05759d7547f878")
}

// UnpackBadRoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRound(uint8 round)
func (ballotBox *BallotBox) UnpackBadRoundError(raw []byte) (*BallotBoxBadRound, error) {
	out := new(BallotBoxBadRound)
	if err := ballotBox.abi.UnpackIntoInterface(out, "BadRound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BallotBoxBadSignature represents a BadSignature error raised by the BallotBox contract.
type BallotBoxBadSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignature()
func BallotBoxBadSignatureErrorID() common.Hash {
	return common.HexToHash("0x5cd5d2335541c4f2ed05fbe44f397e8b79f8e2333157122d2dab06e378ef7685")
}

// UnpackBadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignature()
func (ballotBox *BallotBox) UnpackBadSignatureError(raw []byte) (*BallotBoxBadSignature, error) {
	out := new(BallotBoxBadSignature)
	if err := ballotBox.abi.UnpackIntoInterface(out, "BadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BallotBoxBadSize represents a BadSize error raised by the BallotBox contract.
type BallotBoxBadSize struct {
	Input uint8
	Size  *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSize(uint8 input, uint256 size, uint256 max)
func BallotBoxBadSizeErrorID() common.Hash {
	return common.HexToHash("0x08b6560da2b8b41360b05a2faa5fb57b8749e10fd0d0224418d9c4ead334eaf5")
}

// UnpackBadSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSize(uint8 input, uint256 size, uint256 max)
func (ballotBox *BallotBox) UnpackBadSizeError(raw []byte) (*BallotBoxBadSize, error) {
	out := new(BallotBoxBadSize)
	if err := ballotBox.abi.UnpackIntoInterface(out, "BadSize", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BallotBoxBadThreshold represents a BadThreshold error raised by the BallotBox contract.
type BallotBoxBadThreshold struct {
	Threshold *big.Int
	Trustees  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadThreshold(uint256 threshold, uint256 trustees)
func BallotBoxBadThresholdErrorID() common.Hash {
	return common.HexToHash("0xb8f1f4dfbff2a4f608cc635a071f50b3cc3109a9eba0d5550608469ccde08e87")
}

// UnpackBadThresholdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadThreshold(uint256 threshold, uint256 trustees)
func (ballotBox *BallotBox) UnpackBadThresholdError(raw []byte) (*BallotBoxBadThreshold, error) {
	out := new(BallotBoxBadThreshold)
	if err := ballotBox.abi.UnpackIntoInterface(out, "BadThreshold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BallotBoxBadTrustees represents a BadTrustees error raised by the BallotBox contract.
type BallotBoxBadTrustees struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTrustees()
func BallotBoxBadTrusteesErrorID() common.Hash {
	return common.HexToHash("0x35dbd5fbe1893123c5b87745c96d2965407a4179befe2bfd6add94622c7bbddb")
}

// UnpackBadTrusteesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTrustees()
func (ballotBox *BallotBox) UnpackBadTrusteesError(raw []byte) (*BallotBoxBadTrustees, error) {
	out := new(BallotBoxBadTrustees)
	if err := ballotBox.abi.UnpackIntoInterface(out, "BadTrustees", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BallotBoxFinalTokenCountPostedAlready represents a FinalTokenCountPostedAlready error raised by the BallotBox contract.
type BallotBoxFinalTokenCountPostedAlready struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FinalTokenCountPostedAlready()
func BallotBoxFinalTokenCountPostedAlreadyErrorID() common.Hash {
	return common.HexToHash("0x8538b3ddac553de012a93268eca5d4e14cd6b2a79c9547cd6cc22f845bf0824a")
}

// UnpackFinalTokenCountPostedAlreadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FinalTokenCountPostedAlready()
func (ballotBox *BallotBox) UnpackFinalTokenCountPostedAlreadyError(raw []byte) (*BallotBoxFinalTokenCountPostedAlready, error) {
	out := new(BallotBoxFinalTokenCountPostedAlready)
	if err := ballotBox.abi.UnpackIntoInterface(out, "FinalTokenCountPostedAlready", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BallotBoxManifestMismatch represents a ManifestMismatch error raised by the BallotBox contract.
type BallotBoxManifestMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ManifestMismatch()
func BallotBoxManifestMismatchErrorID() common.Hash {
	return common.HexToHash("0x22947ee2d48d19cfce4719c80b9b7ffd71e2a96e2cda57ba354bca93f8bea013")
}

// UnpackManifestMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ManifestMismatch()
func (ballotBox *BallotBox) UnpackManifestMismatchError(raw []byte) (*BallotBoxManifestMismatch, error) {
	out := new(BallotBoxManifestMismatch)
	if err := ballotBox.abi.UnpackIntoInterface(out, "ManifestMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BallotBoxMixClosed represents a MixClosed error raised by the BallotBox contract.
type BallotBoxMixClosed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MixClosed()
func BallotBoxMixClosedErrorID() common.Hash {
	return common.HexToHash("0xebf4d1f8188e7ebcae3fb94e46274e975ea013c895f11062ef682c59e3900b5e")
}

// UnpackMixClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MixClosed()
func (ballotBox *BallotBox) UnpackMixClosedError(raw []byte) (*BallotBoxMixClosed, error) {
	out := new(BallotBoxMixClosed)
	if err := ballotBox.abi.UnpackIntoInterface(out, "MixClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BallotBoxMixNotFinished represents a MixNotFinished error raised by the BallotBox contract.
type BallotBoxMixNotFinished struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MixNotFinished()
func BallotBoxMixNotFinishedErrorID() common.Hash {
	return common.HexToHash("0x967902cc2bb4df16968d59c8faed41bca0fa246cf44a886c4d32ae984756fac2")
}

// UnpackMixNotFinishedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MixNotFinished()
func (ballotBox *BallotBox) UnpackMixNotFinishedError(raw []byte) (*BallotBoxMixNotFinished, error) {
	out := new(BallotBoxMixNotFinished)
	if err := ballotBox.abi.UnpackIntoInterface(out, "MixNotFinished", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BallotBoxNoFinalTokenCount represents a NoFinalTokenCount error raised by the BallotBox contract.
type BallotBoxNoFinalTokenCount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoFinalTokenCount()
func BallotBoxNoFinalTokenCountErrorID() common.Hash {
	return common.HexToHash("0x450388fb324d648d195052774f53abb20b334899c744a2f907de704968cb3c5f")
}

// UnpackNoFinalTokenCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoFinalTokenCount()
func (ballotBox *BallotBox) UnpackNoFinalTokenCountError(raw []byte) (*BallotBoxNoFinalTokenCount, error) {
	out := new(BallotBoxNoFinalTokenCount)
	if err := ballotBox.abi.UnpackIntoInterface(out, "NoFinalTokenCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BallotBoxNoMix represents a NoMix error raised by the BallotBox contract.
type BallotBoxNoMix struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoMix()
func BallotBoxNoMixErrorID() common.Hash {
	return common.HexToHash("0xb2a2852ad110836b815587200c32754d066bfbd302c046abc4b4c561ce26cfc6")
}

// UnpackNoMixError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoMix()
func (ballotBox *BallotBox) UnpackNoMixError(raw []byte) (*BallotBoxNoMix, error) {
	out := new(BallotBoxNoMix)
	if err := ballotBox.abi.UnpackIntoInterface(out, "NoMix", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BallotBoxNoRoll represents a NoRoll error raised by the BallotBox contract.
type BallotBoxNoRoll struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoRoll()
func BallotBoxNoRollErrorID() common.Hash {
	return common.HexToHash("0xd5c3473a9ac72f961ab10f987714040990845993e8c3f363a78d30320dade3a4")
}

// UnpackNoRollError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoRoll()
func (ballotBox *BallotBox) UnpackNoRollError(raw []byte) (*BallotBoxNoRoll, error) {
	out := new(BallotBoxNoRoll)
	if err := ballotBox.abi.UnpackIntoInterface(out, "NoRoll", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BallotBoxNotCommission represents a NotCommission error raised by the BallotBox contract.
type BallotBoxNotCommission struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCommission()
func BallotBoxNotCommissionErrorID() common.Hash {
	return common.HexToHash("0x7d8a064125bb9a75e27ba048abaf54ae42658ab0ce129339c630147293611a89")
}

// UnpackNotCommissionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCommission()
func (ballotBox *BallotBox) UnpackNotCommissionError(raw []byte) (*BallotBoxNotCommission, error) {
	out := new(BallotBoxNotCommission)
	if err := ballotBox.abi.UnpackIntoInterface(out, "NotCommission", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BallotBoxNotEnoughShares represents a NotEnoughShares error raised by the BallotBox contract.
type BallotBoxNotEnoughShares struct {
	Have *big.Int
	Need *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnoughShares(uint256 have, uint256 need)
func BallotBoxNotEnoughSharesErrorID() common.Hash {
	return common.HexToHash("0x808722dc6bb19b9bc1748e6941d449df3fc9b2843a2171f037cbeca589d51871")
}

// UnpackNotEnoughSharesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnoughShares(uint256 have, uint256 need)
func (ballotBox *BallotBox) UnpackNotEnoughSharesError(raw []byte) (*BallotBoxNotEnoughShares, error) {
	out := new(BallotBoxNotEnoughShares)
	if err := ballotBox.abi.UnpackIntoInterface(out, "NotEnoughShares", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BallotBoxNotQualified represents a NotQualified error raised by the BallotBox contract.
type BallotBoxNotQualified struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotQualified()
func BallotBoxNotQualifiedErrorID() common.Hash {
	return common.HexToHash("0xbcfcdc1156e70fd8ecd30f8bfbb1f18fa469e8fa5e2d9b418f83908fb1d59e42")
}

// UnpackNotQualifiedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotQualified()
func (ballotBox *BallotBox) UnpackNotQualifiedError(raw []byte) (*BallotBoxNotQualified, error) {
	out := new(BallotBoxNotQualified)
	if err := ballotBox.abi.UnpackIntoInterface(out, "NotQualified", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BallotBoxNotRegistrar represents a NotRegistrar error raised by the BallotBox contract.
type BallotBoxNotRegistrar struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistrar()
func BallotBoxNotRegistrarErrorID() common.Hash {
	return common.HexToHash("0x2ad95351721a0d34d9c6f45f5eb0bb1890d7ee6159f8fe408672d6882bc491aa")
}

// UnpackNotRegistrarError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistrar()
func (ballotBox *BallotBox) UnpackNotRegistrarError(raw []byte) (*BallotBoxNotRegistrar, error) {
	out := new(BallotBoxNotRegistrar)
	if err := ballotBox.abi.UnpackIntoInterface(out, "NotRegistrar", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BallotBoxNotTrustee represents a NotTrustee error raised by the BallotBox contract.
type BallotBoxNotTrustee struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTrustee()
func BallotBoxNotTrusteeErrorID() common.Hash {
	return common.HexToHash("0x5aa309bba0382c76cc887df44c41a5feefb104560b406d804b7228523313c24c")
}

// UnpackNotTrusteeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTrustee()
func (ballotBox *BallotBox) UnpackNotTrusteeError(raw []byte) (*BallotBoxNotTrustee, error) {
	out := new(BallotBoxNotTrustee)
	if err := ballotBox.abi.UnpackIntoInterface(out, "NotTrustee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BallotBoxRegistrarNotSet represents a RegistrarNotSet error raised by the BallotBox contract.
type BallotBoxRegistrarNotSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistrarNotSet()
func BallotBoxRegistrarNotSetErrorID() common.Hash {
	return common.HexToHash("0xe4cea3b412b11bca70ff3cbdab2142daf2631914443f9a56f75b8af81c3090ed")
}

// UnpackRegistrarNotSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistrarNotSet()
func (ballotBox *BallotBox) UnpackRegistrarNotSetError(raw []byte) (*BallotBoxRegistrarNotSet, error) {
	out := new(BallotBoxRegistrarNotSet)
	if err := ballotBox.abi.UnpackIntoInterface(out, "RegistrarNotSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BallotBoxTokenCountDecreased represents a TokenCountDecreased error raised by the BallotBox contract.
type BallotBoxTokenCountDecreased struct {
	Current *big.Int
	Posted  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenCountDecreased(uint256 current, uint256 posted)
func BallotBoxTokenCountDecreasedErrorID() common.Hash {
	return common.HexToHash("0x4034343523fd8f77e12ed42bd8481bd3167a81d4704849b374ec8767845d2d96")
}

// UnpackTokenCountDecreasedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenCountDecreased(uint256 current, uint256 posted)
func (ballotBox *BallotBox) UnpackTokenCountDecreasedError(raw []byte) (*BallotBoxTokenCountDecreased, error) {
	out := new(BallotBoxTokenCountDecreased)
	if err := ballotBox.abi.UnpackIntoInterface(out, "TokenCountDecreased", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BallotBoxTokenCountMoved represents a TokenCountMoved error raised by the BallotBox contract.
type BallotBoxTokenCountMoved struct {
	Current *big.Int
	From    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenCountMoved(uint256 current, uint256 from)
func BallotBoxTokenCountMovedErrorID() common.Hash {
	return common.HexToHash("0xf851d07a49536dde9f2306f8ddbe51e42d9111a107ce966830d4f0a626e94939")
}

// UnpackTokenCountMovedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenCountMoved(uint256 current, uint256 from)
func (ballotBox *BallotBox) UnpackTokenCountMovedError(raw []byte) (*BallotBoxTokenCountMoved, error) {
	out := new(BallotBoxTokenCountMoved)
	if err := ballotBox.abi.UnpackIntoInterface(out, "TokenCountMoved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BallotBoxWrongState represents a WrongState error raised by the BallotBox contract.
type BallotBoxWrongState struct {
	Current  uint8
	Required uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongState(uint8 current, uint8 required)
func BallotBoxWrongStateErrorID() common.Hash {
	return common.HexToHash("0x5649f63b6ce6adea1e52f7de55bbd3b850ecc14405ec4c0053c5de6954e6cc91")
}

// UnpackWrongStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongState(uint8 current, uint8 required)
func (ballotBox *BallotBox) UnpackWrongStateError(raw []byte) (*BallotBoxWrongState, error) {
	out := new(BallotBoxWrongState)
	if err := ballotBox.abi.UnpackIntoInterface(out, "WrongState", raw); err != nil {
		return nil, err
	}
	return out, nil
}
