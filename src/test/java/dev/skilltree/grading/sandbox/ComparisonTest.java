package dev.skilltree.grading.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ComparisonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aDriversCheckHoldsWhenTheLearnerGotTheReferencesValue() {
        JsonNode reference = json(
                "{'op':'same','src':'make_counter(5, 2), called three times','value':[5,7,9],'shown':'[5, 7, 9]'}");

        assertThat(Comparison.failure(reference, json("{'value':[5,7,9],'shown':'[5, 7, 9]'}")))
                .isEmpty();
        assertThat(Comparison.failure(reference, json("{'value':[5,6,7],'shown':'[5, 6, 7]'}")))
                .contains("make_counter(5, 2), called three times: got [5, 6, 7], expected [5, 7, 9]");
    }

    @Test
    void numbersCompareByValueButListsAndTuplesDiffer() {
        assertThat(Comparison.equal(json("1"), json("1.0"))).isTrue();
        assertThat(Comparison.equal(
                        json("{'int':'123456789012345678901234567890'}"),
                        json("{'int':'123456789012345678901234567890'}")))
                .isTrue();
        assertThat(Comparison.equal(json("[1,2]"), json("{'tuple':[1,2]}"))).isFalse();
        assertThat(Comparison.equal(json("true"), json("1"))).isFalse();
    }

    @Test
    void anExceptionWhereAValueWasExpectedFailsWithWhatWasRaised() {
        JsonNode reference = json("{'op':'equal','line':9,'src':'b()','expected':{'value':100,'shown':'100'}}");

        assertThat(
                        Comparison.failure(
                                reference,
                                json(
                                        "{'raised':{'type':'builtins.ValueError','mro':['builtins.ValueError'],'message':'boom'}}")))
                .contains("line 9, b(): raised ValueError: boom");
    }

    @Test
    void assertRaisesAcceptsSubclassesAndNamesWhatWasRaisedInstead() {
        JsonNode reference =
                json("{'op':'raises','line':36,'src':'get(Nope)','expected':{'value':['builtins.LookupError']}}");

        assertThat(
                        Comparison.failure(
                                reference,
                                json(
                                        "{'raised':{'type':'builtins.KeyError','mro':['builtins.KeyError','builtins.LookupError']}}")))
                .isEmpty();
        assertThat(Comparison.failure(
                        reference,
                        json("{'raised':{'type':'builtins.TypeError','mro':['builtins.TypeError'],'message':'no'}}")))
                .contains("line 36, get(Nope): should raise LookupError, but raised TypeError: no");
        assertThat(Comparison.failure(reference, json("{'value':null,'shown':'nothing was raised'}")))
                .contains("line 36, get(Nope): should raise LookupError; nothing was raised");
    }

    @Test
    void anExceptionClassOfTheLearnersOwnWithABuiltinsNameIsNotTheBuiltin() {
        JsonNode reference = json("{'op':'raises','line':1,'src':'f()','expected':{'value':['builtins.KeyError']}}");

        assertThat(
                        Comparison.failure(
                                reference,
                                json(
                                        "{'raised':{'type':'solution.KeyError','mro':['solution.KeyError','builtins.Exception']}}")))
                .isPresent();
    }

    @Test
    void truthChecksUseTheTruthTheRunnerRecorded() {
        JsonNode assertTrue = json("{'op':'true','line':3,'src':'ok()'}");

        assertThat(Comparison.failure(assertTrue, json("{'value':[0],'truth':true}")))
                .isEmpty();
        assertThat(Comparison.failure(assertTrue, json("{'value':[],'shown':'[]','truth':false}")))
                .contains("line 3, ok(): got [], expected a true value");
        assertThat(Comparison.failure(assertTrue, json("{'value':{'object':'x.Broken'},'truth':null}")))
                .isPresent();
    }

    @Test
    void membershipLooksIntoSequencesSetsDictKeysAndStrings() {
        JsonNode notIn =
                json("{'op':'not_contains','line':30,'src':'classes','expected':{'value':'Hidden','shown':'Hidden'}}");

        assertThat(Comparison.failure(notIn, json("{'value':{'dict':[['Plugin',1]]}}")))
                .isEmpty();
        assertThat(Comparison.failure(notIn, json("{'value':{'dict':[['Hidden',1]]},'shown':'{Hidden: 1}'}")))
                .contains("line 30, classes: got {Hidden: 1}, which should not contain Hidden");
        JsonNode in = json("{'op':'contains','line':2,'src':'msg','expected':{'value':'Nope'}}");
        assertThat(Comparison.failure(in, json("{'value':'no class named Nope'}")))
                .isEmpty();
        JsonNode member = json("{'op':'in','line':2,'src':'x','expected':{'value':{'set':[1,2]}}}");
        assertThat(Comparison.failure(member, json("{'value':2.0}"))).isEmpty();
    }

    @Test
    void almostEqualFollowsUnittestsPlacesAndDelta() {
        JsonNode places = json("{'op':'almost_equal','line':1,'src':'f()','options':{},'expected':{'value':0.3}}");
        JsonNode delta =
                json("{'op':'almost_equal','line':1,'src':'f()','options':{'delta':0.5},'expected':{'value':1}}");

        assertThat(Comparison.failure(places, json("{'value':0.30000000000000004}")))
                .isEmpty();
        assertThat(Comparison.failure(places, json("{'value':0.31}"))).isPresent();
        assertThat(Comparison.failure(delta, json("{'value':1.4}"))).isEmpty();
        assertThat(Comparison.failure(delta, json("{'value':1.6}"))).isPresent();
    }

    @Test
    void orderingAndCountEqual() {
        JsonNode greater = json("{'op':'greater','line':1,'src':'n','expected':{'value':0}}");
        JsonNode count = json("{'op':'count_equal','line':1,'src':'xs','expected':{'value':[1,2,2]}}");

        assertThat(Comparison.failure(greater, json("{'value':1}"))).isEmpty();
        assertThat(Comparison.failure(greater, json("{'value':'a'}"))).isPresent();
        assertThat(Comparison.failure(count, json("{'value':{'tuple':[2,1,2]}}")))
                .isEmpty();
        assertThat(Comparison.failure(count, json("{'value':[1,1,2]}"))).isPresent();
    }

    @Test
    void anUnknownComparisonIsNeverAPass() {
        assertThat(Comparison.failure(json("{'op':'anything','line':1,'src':'x'}"), json("{'value':1}")))
                .hasValueSatisfying(m -> assertThat(m).contains("unknown comparison 'anything'"));
    }

    private static JsonNode json(String singleQuoted) {
        return JSON.readTree(singleQuoted.replace('\'', '"'));
    }
}
