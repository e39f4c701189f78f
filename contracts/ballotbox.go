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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"commissionAccount\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"manifest\",\"type\":\"bytes\"},{\"internalType\":\"address[]\",\"name\":\"trusteeAccounts\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"t\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"trustee\",\"type\":\"uint8\"}],\"name\":\"AlreadyPosted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pseudonym\",\"type\":\"address\"}],\"name\":\"AlreadyVoted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadElectionKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadQualifiedSet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"round\",\"type\":\"uint8\"}],\"name\":\"BadRound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumBallotBox.Input\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"BadSize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trustees\",\"type\":\"uint256\"}],\"name\":\"BadThreshold\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadTrustees\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FinalTokenCountPostedAlready\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ManifestMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoFinalTokenCount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoRoll\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotCommission\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"NotEnoughShares\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotQualified\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotRegistrar\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotTrustee\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RegistrarNotSet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"current\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"posted\",\"type\":\"uint256\"}],\"name\":\"TokenCountDecreased\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"current\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"from\",\"type\":\"uint256\"}],\"name\":\"TokenCountMoved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumBallotBox.State\",\"name\":\"current\",\"type\":\"uint8\"},{\"internalType\":\"enumBallotBox.State\",\"name\":\"required\",\"type\":\"uint8\"}],\"name\":\"WrongState\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pseudonym\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"seq\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"token\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"ballot\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"BallotCast\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"trustee\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"ComplaintPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"trustee\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"DealingPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"round\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"trustee\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"share\",\"type\":\"bytes\"}],\"name\":\"DecryptionSharePosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"electionId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"commission\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"trustees\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"manifest\",\"type\":\"bytes\"}],\"name\":\"ElectionCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"logRoot\",\"type\":\"bytes32\"}],\"name\":\"FinalTokenCountPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"electionKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"qualifiedMask\",\"type\":\"uint64\"}],\"name\":\"KeyCeremonyFinished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"registrar\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"}],\"name\":\"RegistrarKeySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"result\",\"type\":\"bytes\"}],\"name\":\"ResultPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"RollPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"enumBallotBox.State\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"StateChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"logRoot\",\"type\":\"bytes32\"}],\"name\":\"TokenCountPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"trustee\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"TrusteeKeyPosted\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_BALLOT_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_MANIFEST_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_POST_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REGISTRAR_KEY_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_RESULT_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TOKEN_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TRUSTEES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ballotCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pseudonym\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"token\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"ballot\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"castBallot\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"token\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"ballot\",\"type\":\"bytes\"}],\"name\":\"castDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"closePolls\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"commission\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"dealingMask\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"electionId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"electionKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"qualified\",\"type\":\"uint256\"}],\"name\":\"finishKeyCeremony\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"hasVoted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"keyMask\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"manifestHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"openPolls\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"postComplaint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"postDealing\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"round\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"share\",\"type\":\"bytes\"}],\"name\":\"postDecryptionShare\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"from\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"logRoot\",\"type\":\"bytes32\"}],\"name\":\"postFinalTokenCount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"postRoll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"from\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"logRoot\",\"type\":\"bytes32\"}],\"name\":\"postTokenCount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"postTrusteeKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"}],\"name\":\"publishResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"qualifiedMask\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"recordHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registrar\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registrarKey\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"result\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"}],\"name\":\"setRegistrar\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"round\",\"type\":\"uint8\"}],\"name\":\"shareMask\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"startKeyCeremony\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"state\",\"outputs\":[{\"internalType\":\"enumBallotBox.State\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"threshold\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokenCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokenCountFinal\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trustees\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "BallotBox",
	Bin: "0x60e060405234610437576128ec8038038061001981610453565b928339810160a0828203126104375761003182610478565b60208301516040840151909291906001600160401b0381116104375784019082601f83011215610437578151906001600160401b03821161030d5761007f601f8301601f1916602001610453565b918083526020830193856020838301011161043757815f926020809301875e8401015260608601516001600160401b0381116104375786019584601f88011215610437578651946001600160401b03861161030d578560051b9760206100e6818b01610453565b8098815201906020829a82010192831161043757602001905b82821061043b57505050608001519060ff821691828103610437576001600160a01b0382169182156104285784518015801561041c575b6103ff57508785518720036103f0578651801580156103e6575b61038c57841580156103dd575b6103c7575f5b81811061032157505060805260a087905260c05284516001600160401b03811161030d5768010000000000000000811161030d57600754816007558082106102e2575b508760075f5260205f205f5b8381106102c557505050506040519460808601918652608060208701525180915260a0850196905f5b8181106102a657877f0c12ab310b543d3bdf12f80671c0d013440ed786fb70c93f7b83c00b242ad6b1886020818d8b8b8b604085015283830360608501525180918184528584015e5f828201850152601f01601f191601030190a260405161245f908161048d82396080518181816103f7015281816106c501528181610d9301528181611173015281816113b8015281816117c0015261194c015260a051818181611e82015261211d015260c0518181816105570152818161141a015281816118150152611d100152f35b82516001600160a01b03168952602098890198909201916001016101db565b82516001600160a01b0316818301556020909201916001016101b2565b60075f52818060205f20019103905f5b8281106103005750506101a6565b5f828201556001016102f2565b634e487b7160e01b5f52604160045260245ffd5b88518110156103b357600581901b8901602001516001600160a01b0316908115801561039b575b61038c5760018101808211610378576001925f52600860205260ff60405f20911660ff1982541617905501610163565b634e487b7160e01b5f52601160045260245ffd5b6335dbd5fb60e01b5f5260045ffd5b50815f52600860205260ff60405f2054161515610348565b634e487b7160e01b5f52603260045260245ffd5b8463b8f1f4df60e01b5f5260045260245260445ffd5b5080851161015d565b5060408111610150565b63114a3f7160e11b5f5260045ffd5b6308b6560d60e01b5f525f6004526024526201800060445260645ffd5b50620180008111610136565b6332691b5760e01b5f5260045ffd5b5f80fd5b6020809161044884610478565b8152019101906100ff565b6040519190601f01601f191682016001600160401b0381118382101761030d57604052565b51906001600160a01b03821682036104375756fe60806040526004361015610011575f80fd5b5f3560e01c8063051364d414611e6b57806309eef43e14611e215780631743247914611d6e5780632b20e39714611d39578063337f3f3214611d3457806342cde4e814611cf757806349a0bf8e14611cdb5780634e4fa40f14611cb4578063567d8aa214611c2557806359e2de1114611bfb5780635e9fdff6146118fa5780635f668e0c146118dd5780635f97500a1461179957806365372147146116f4578063657bb5871461136d578063687eb66c1461125b5780637dfbed611461124057806382c23175146112235780638570df231461114c578063873b2ec914610e255780638a4096b714610dfb5780638c90d56b14610d6c5780639b7d7a6714610d505780639f181b5e14610d33578063a1337cb814610c51578063babf70c814610b77578063be8b00ec14610b03578063bfd9167c14610a32578063c003003214610a09578063c19d93fb146109e3578063c7df25bc146109c7578063cc6933b0146107bf578063d2dc8b1e146107a2578063d374cc2114610785578063de986d7f146106e9578063e148919114610699578063e30a3bad1461067c578063e82c219514610614578063ef1896b1146103ab578063f8e36ab414610251578063f96d09cb14610235578063fa3d8546146102185763fc44a6a4146101f2575f80fd5b34610214575f60031936011261021457602060ff600354166040519015158152f35b5f80fd5b34610214575f600319360112610214576020600b54604051908152f35b34610214575f6003193601126102145760206040516120008152f35b346102145760206003193601126102145760043567ffffffffffffffff811161021457610282903690600401611ee2565b9061028b612302565b906102946121fa565b8215801561039f575b61033a577feb0cbfc21e34e60e85da6678933c7d3df795ac44a74f9864dcdf62e3240480159161033560ff926009547fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff00000000000000006103158667ffffffffffffffff8560401c1661234e565b60401b169116176009556040519384936020855216956020840191611fe7565b0390a2005b7f08b6560d000000000000000000000000000000000000000000000000000000005f528260036004526024526201000060445260645ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5062010000831161029d565b346102145760406003193601126102145760043567ffffffffffffffff8111610214576103dc903690600401611ee2565b6024359173ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633036105ec576104256121fa565b602082036105b6573590602081106105a5575b5090811561057d576009549167ffffffffffffffff8360401c84161619821615801590610549575b6105215767ffffffffffffffff6040927f12230802ea1dec5a1f6d6f70f252c6c6247a0b01f434277806caa2a169616d0c9483600b557fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff77ffffffffffffffff000000000000000000000000000000008360801b169116176009558351928352166020820152a15f805460ff1916600217905560405160208160027f551dc40198cc79684bb69e4931dba4ac16e4598792ee1c0a5000aeea366d7bb69352a1005b7f48db4d26000000000000000000000000000000000000000000000000000000005f5260045ffd5b50610553826122d6565b60ff7f00000000000000000000000000000000000000000000000000000000000000001611610460565b7ff6229178000000000000000000000000000000000000000000000000000000005f5260045ffd5b5f199060200360031b1b1682610438565b507f08b6560d000000000000000000000000000000000000000000000000000000005f526005600452602452602060445260645ffd5b7f7d8a0641000000000000000000000000000000000000000000000000000000005f5260045ffd5b346102145760406003193601126102145760043567ffffffffffffffff811161021457610645903690600401611ee2565b6024359067ffffffffffffffff82116102145760209261066c610674933690600401611ee2565b929091612095565b604051908152f35b34610214575f600319360112610214576020600554604051908152f35b34610214575f60031936011261021457602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610214576106f736611ec8565b919073ffffffffffffffffffffffffffffffffffffffff5f5460481c16330361075d577fbbfca416652e670edb9ca5a7d98732a330b4fd818082beecb9e726bc871193f9926107508260409461074b612249565b612262565b82519182526020820152a1005b7f2ad95351000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610214575f600319360112610214576020600d54604051908152f35b34610214575f600319360112610214576020604051620100008152f35b34610214576040600319360112610214576107d8611fae565b60243567ffffffffffffffff8111610214576107f8903690600401611ee2565b610803929192612302565b9260ff8316916001831161099b57826109945760025b60ff5f541660068210156103725760068110156103725781810361095a57505060095460801c9367ffffffffffffffff60ff8716956001871b1616156109325781158015610926575b6108ee576108b56108af7f5082850693b310e7fb3ff30dabf9ae7ab70879c26d6f1c740023cb6512d1c5f695969767ffffffffffffffff6108a285612007565b90549060031b1c1661234e565b91612007565b67ffffffffffffffff80839493549260031b9316831b921b19161790556108e9604051928392602084526020840191611fe7565b0390a3005b507f08b6560d000000000000000000000000000000000000000000000000000000005f5260086004526024526201000060445260645ffd5b50620100008211610862565b7fbcfcdc11000000000000000000000000000000000000000000000000000000005f5260045ffd5b9061098a61098f927f5649f63b000000000000000000000000000000000000000000000000000000005f52611fbe565b611fcc565b60445ffd5b6004610819565b827f90992882000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610214575f6003193601126102145760206040516108008152f35b34610214575f60031936011261021457602060ff5f5416610a076040518092611fda565bf35b34610214575f60031936011261021457602067ffffffffffffffff5f5460081c16604051908152f35b346102145760206003193601126102145760043567ffffffffffffffff811161021457610a63903690600401611ee2565b90610a6c612302565b90610a756121fa565b82158015610af7575b610ac0577fd612c6d7ae9f9a6bb05c3122fef51dbba3e65bf7b3cb797df38016a1b1660a959161033560ff926040519384936020855216956020840191611fe7565b7f08b6560d000000000000000000000000000000000000000000000000000000005f5282600480526024526201000060445260645ffd5b50620100008311610a7e565b3461021457602060031936011261021457610b1c611fae565b60ff811660018111610b4c57602067ffffffffffffffff610b3c84612007565b90549060031b1c16604051908152f35b7f90992882000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610214575f600319360112610214576040515f600654610b9781611f10565b8084529060018116908115610c2d5750600114610bcf575b610bcb83610bbf81850382611f61565b60405191829182611f84565b0390f35b60065f9081527ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f939250905b808210610c1357509091508101602001610bbf610baf565b919260018160209254838588010152019101909291610bfb565b60ff191660208086019190915291151560051b84019091019150610bbf9050610baf565b34610214575f600319360112610214576040518060206007549283815201809260075f527fa66cc928b5edb82af9bd49922954155ab7b0942694bea4ce44661d9a8736c688905f5b818110610d075750505081610caf910382611f61565b604051918291602083019060208452518091526040830191905f5b818110610cd8575050500390f35b825173ffffffffffffffffffffffffffffffffffffffff16845285945060209384019390920191600101610cca565b825473ffffffffffffffffffffffffffffffffffffffff16845260209093019260019283019201610c99565b34610214575f600319360112610214576020600254604051908152f35b34610214575f6003193601126102145760206040516140008152f35b34610214575f6003193601126102145773ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633036105ec57610dc1612249565b5f805460ff1916600417905560405160208160047f551dc40198cc79684bb69e4931dba4ac16e4598792ee1c0a5000aeea366d7bb69352a1005b34610214575f60031936011261021457602067ffffffffffffffff60095460401c16604051908152f35b3461021457608060031936011261021457610e3e611ea5565b60243567ffffffffffffffff811161021457610e5e903690600401611ee2565b919060443567ffffffffffffffff811161021457610e80903690600401611ee2565b91909360643567ffffffffffffffff811161021457610ea3903690600401611ee2565b909460ff5f54166006811015610372576003810361111657508215801561110b575b6110d457841580156110c9575b6110925773ffffffffffffffffffffffffffffffffffffffff1694855f52600160205260ff60405f2054166110665785158015611031575b61100957855f52600160205260405f20600160ff198254161790555f549167ffffffffffffffff8360081c1697600189019067ffffffffffffffff8211610fdc577f8652ca2190751063577d6ce0dc41c59b164f555108f35e793fe7cbdf4525fb26976108e9957fffffffffffffffffffffffffffffffffffffffffffffff0000000000000000ff68ffffffffffffffff00610fce9560081b169116175f55610fc060405198899860608a5260608a0191611fe7565b918783036020890152611fe7565b918483036040860152611fe7565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7f5cd5d233000000000000000000000000000000000000000000000000000000005f5260045ffd5b508573ffffffffffffffffffffffffffffffffffffffff61105e84846110598a8d8a8c612095565b6123a2565b161415610f0a565b857fd449d674000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f08b6560d000000000000000000000000000000000000000000000000000000005f5284600760045260245261400060445260645ffd5b506140008511610ed2565b7f08b6560d000000000000000000000000000000000000000000000000000000005f5282600660045260245261040060445260645ffd5b506104008311610ec5565b611142907f5649f63b000000000000000000000000000000000000000000000000000000005f52611fbe565b600360245260445ffd5b34610214575f6003193601126102145773ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633036105ec576111a16121af565b73ffffffffffffffffffffffffffffffffffffffff5f5460481c16156111fb575f805460ff1916600117905560405160208160017f551dc40198cc79684bb69e4931dba4ac16e4598792ee1c0a5000aeea366d7bb69352a1005b7fe4cea3b4000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610214575f600319360112610214576020604051620180008152f35b34610214575f60031936011261021457602060405160408152f35b346102145760206003193601126102145760043567ffffffffffffffff81116102145761128c903690600401611ee2565b90611295612302565b9061129e6121fa565b82158015611361575b611329577fa0629627b63bef46747313619639f74eb50b47b8b1705b3ebc4bdbfc0edeef679161033560ff926009547fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000067ffffffffffffffff61130c8682851661234e565b169116176009556040519384936020855216956020840191611fe7565b7f08b6560d000000000000000000000000000000000000000000000000000000005f528260026004526024526201000060445260645ffd5b506201000083116112a7565b346102145760406003193601126102145760043567ffffffffffffffff81116102145761139e903690600401611ee2565b60243573ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633036105ec576113e6612160565b811580156116e9575b6116b25760ff600354161561168a5761141667ffffffffffffffff600a5460401c166122d6565b60ff7f0000000000000000000000000000000000000000000000000000000000000000169081811061165c57505067ffffffffffffffff821161162f5761145e600c54611f10565b601f81116115c1575b505f92601f831160011461151c576114d490837fd3ddc2df129b37ec54b582b44edbce2282050d0e3538470e6ad3469c7560e5ef955f91611511575b508460011b905f198660031b1c191617600c555b82600d556040519384938452604060208501526040840191611fe7565b0390a15f805460ff1916600517905560405160208160057f551dc40198cc79684bb69e4931dba4ac16e4598792ee1c0a5000aeea366d7bb69352a1005b9050810135866114a3565b601f198316600c5f527fdf6966c971051c3d54ec59162606531493a51404a002842f56009d7e5cf4a8c7905f5b8181106115a95750907fd3ddc2df129b37ec54b582b44edbce2282050d0e3538470e6ad3469c7560e5ef95856114d4949310611590575b5050600184811b01600c556114b7565b5f1960f88760031b161c19908301351690558580611580565b83870135835560209687019660019093019201611549565b8281111561146757600c5f52601f830160051c9060208410611627575b601f82910160051c03905f5b8281106115f8575050611467565b5f8282017fdf6966c971051c3d54ec59162606531493a51404a002842f56009d7e5cf4a8c701556001016115ea565b5f91506115de565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f808722dc000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7f450388fb000000000000000000000000000000000000000000000000000000005f5260045ffd5b507f08b6560d000000000000000000000000000000000000000000000000000000005f52600960045260245261200060445260645ffd5b5061200082116113ef565b34610214575f600319360112610214576040515f600c5461171481611f10565b8084529060018116908115610c2d575060011461173b57610bcb83610bbf81850382611f61565b600c5f9081527fdf6966c971051c3d54ec59162606531493a51404a002842f56009d7e5cf4a8c7939250905b80821061177f57509091508101602001610bbf610baf565b919260018160209254838588010152019101909291611767565b34610214575f6003193601126102145773ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633036105ec5760ff5f5416600681101561037257600281036118a75761181167ffffffffffffffff600a54166122d6565b60ff7f0000000000000000000000000000000000000000000000000000000000000000169081811061165c576005541561187f575f805460ff1916600317905560405160208160037f551dc40198cc79684bb69e4931dba4ac16e4598792ee1c0a5000aeea366d7bb69352a1005b7fd5c3473a000000000000000000000000000000000000000000000000000000005f5260045ffd5b6118d3907f5649f63b000000000000000000000000000000000000000000000000000000005f52611fbe565b600260245260445ffd5b34610214575f600319360112610214576020600454604051908152f35b3461021457604060031936011261021457611913611ea5565b60243567ffffffffffffffff811161021457611933903690600401611ee2565b919073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633036105ec5761197a6121af565b73ffffffffffffffffffffffffffffffffffffffff8216918215611bd35783158015611bc8575b611b91577fffffff0000000000000000000000000000000000000000ffffffffffffffffff7cffffffffffffffffffffffffffffffffffffffff0000000000000000005f549260481b169116175f5567ffffffffffffffff831161162f57611a0a600654611f10565b601f8111611b23575b505f92601f8111600114611a8257807f91cdae16807fbe5a5ca92c913a317e2f86d241fc2ac26572a5993cdf68452ab193945f91611a77575b508160011b905f198360031b1c1916176006555b610335604051928392602084526020840191611fe7565b905082013585611a4c565b601f1981169360065f527ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f905f5b868110611b0b5750827f91cdae16807fbe5a5ca92c913a317e2f86d241fc2ac26572a5993cdf68452ab1959610611af2575b5050600181811b01600655611a60565b5f1960f88460031b161c19908401351690558480611ae2565b90916020600181928588013581550193019101611ab0565b83811115611a135760065f52601f840160051c9060208510611b89575b601f82910160051c03905f5b828110611b5a575050611a13565b5f8282017ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f0155600101611b4c565b5f9150611b40565b7f08b6560d000000000000000000000000000000000000000000000000000000005f5283600160045260245261080060445260645ffd5b5061080084116119a1565b7f32691b57000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610214575f60031936011261021457602067ffffffffffffffff60095460801c16604051908152f35b34610214576040600319360112610214576004356024355f5473ffffffffffffffffffffffffffffffffffffffff8160481c16330361075d5760ff1660068110156103725760038110156118a75750801561187f57816040917fbe507ebfe20f655c80d4d949f40f1cf711cbe377f39197a73d48c1a338180cba936004558060055582519182526020820152a1005b34610214575f60031936011261021457602067ffffffffffffffff60095416604051908152f35b34610214575f6003193601126102145760206040516104008152f35b34610214575f60031936011261021457602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b611e6b565b34610214575f60031936011261021457602073ffffffffffffffffffffffffffffffffffffffff5f5460481c16604051908152f35b3461021457611d7c36611ec8565b919073ffffffffffffffffffffffffffffffffffffffff5f5460481c16330361075d57611da7612160565b60ff60035416611df9577f9a2b87122fe99a2882c541a901b48afddee062b957b59f0bf84ad900bbdd318292611ddf82604094612262565b600160ff19600354161760035582519182526020820152a1005b7f8538b3dd000000000000000000000000000000000000000000000000000000005f5260045ffd5b346102145760206003193601126102145773ffffffffffffffffffffffffffffffffffffffff611e4f611ea5565b165f526001602052602060ff60405f2054166040519015158152f35b34610214575f6003193601126102145760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b6004359073ffffffffffffffffffffffffffffffffffffffff8216820361021457565b600319606091011261021457600435906024359060443590565b9181601f840112156102145782359167ffffffffffffffff8311610214576020838186019501011161021457565b90600182811c92168015611f57575b6020831014611f2a57565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b91607f1691611f1f565b90601f601f19910116810190811067ffffffffffffffff82111761162f57604052565b601f19601f602060409481855280519182918282880152018686015e5f8582860101520116010190565b6004359060ff8216820361021457565b600681101561037257600452565b600681101561037257602452565b9060068210156103725752565b601f8260209493601f1993818652868601375f8582860101520116010190565b9060028210156120225760188260021c600a019260031b1690565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b92919267ffffffffffffffff821161162f57604051916120796020601f19601f8401160184611f61565b829481845281830111610214578281602093845f960137010152565b6120a5906120b49392369161204f565b6020815191012092369161204f565b602081519101206040519060208201927f65766f74652f76312f636173740000000000000000000000000000000000000084527fffffffffffffffff0000000000000000000000000000000000000000000000004660c01b16602d8401523060601b60358401527f00000000000000000000000000000000000000000000000000000000000000006049840152606983015260898201526089815261215a60a982611f61565b51902090565b60ff5f5416600681101561037257600481036121795750565b6121a5907f5649f63b000000000000000000000000000000000000000000000000000000005f52611fbe565b600460245260445ffd5b60ff5f5416600681101561037257806121c55750565b6121f1907f5649f63b000000000000000000000000000000000000000000000000000000005f52611fbe565b5f60245260445ffd5b60ff5f5416600681101561037257600181036122135750565b61223f907f5649f63b000000000000000000000000000000000000000000000000000000005f52611fbe565b600160245260445ffd5b60ff5f5416600681101561037257600381036111165750565b6002548082036122a8575080821061227a5750600255565b7f40343435000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7ff851d07a000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b90815f925b6122e25750565b5f19810190808211610fdc5716915f198114610fdc5760010191806122db565b335f52600860205260ff60405f2054168015612326575f190160ff8111610fdc5790565b7f5aa309bb000000000000000000000000000000000000000000000000000000005f5260045ffd5b9060ff166001811b9067ffffffffffffffff82841616612377575067ffffffffffffffff161790565b7f4e0b042e000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b60418303612458578260201161021457813591836040116102145760208101359360401015612022576040013560f81c907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084118015612441575b612439576020935f93608093604051938452868401526040830152606082015282805260015afa1561242e575f5190565b6040513d5f823e3d90fd5b505050505f90565b50601b82141580156123fd5750601c8214156123fd565b5050505f9056",
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
	if bytes.Equal(raw[:4], ballotBox.abi.Errors["NoFinalTokenCount"].ID.Bytes()[:4]) {
		return ballotBox.UnpackNoFinalTokenCountError(raw[4:])
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
