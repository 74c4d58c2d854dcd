import Testing
@testable import ChronicleKit

/// Names with lowercase particles are one person ("Ursula von der Leyen", "Mustafa
/// al-Kadhimi"), and the bare surname after "al-" finds the full name later.
@Suite struct NameParticleTests {
    @Test(arguments: [
        ("European Commission President Ursula von der Leyen said the bloc would respond.", "Ursula von der Leyen"),
        ("Iraqi Prime Minister Mustafa al-Kadhimi condemned the strike.", "Mustafa al-Kadhimi"),
        ("Saudi Crown Prince Mohammed bin Salman met the envoy.", "Mohammed bin Salman"),
        ("Designer Oscar de la Renta died in 2014.", "Oscar de la Renta"),
    ])
    func particlesStayInTheName(_ c: (String, String)) {
        let a = Support.analyze("Title\n\n" + c.0 + "\n").actors.actors
        #expect(a[c.1]?.kind == .person, "\(a.keys.sorted())")
    }

    @Test func theSurnameWithoutItsArticleIsThePerson() {
        let a = Support.analyze("Title\n\nIraqi Prime Minister Mustafa al-Kadhimi condemned the strike. Kadhimi said the talks would go on.\n")
        #expect(a.statements.first { $0.text.contains("talks") }?.speaker == "Mustafa al-Kadhimi")
    }

    @Test func aParticleAloneJoinsNothing() {
        // "de" between a name and a lowercase word, and a hyphenated word that is no name
        let particles = Support.pipeline.book.lexicons.get("name-particles")
        #expect(!RuleBook.isJoinedParticleName("al-qaeda", particles: particles))
        #expect(!RuleBook.isJoinedParticleName("well-Known", particles: particles))
        #expect(RuleBook.isJoinedParticleName("el-Sisi", particles: particles))
        #expect(RuleBook.isJoinedParticleName("ad-Din", particles: particles))
        // "as" joins only by a hyphen: alone it is an English word, never inside a name
        let b = Support.analyze("Title\n\nThe minister, known as Ahmed Hassan, spoke.\n").actors.actors
        #expect(b["Ahmed Hassan"] != nil, "\(b.keys.sorted())")
        let a = Support.analyze("Title\n\nPresident Emmanuel Macron spoke de facto for Europe.\n").actors.actors
        #expect(a["Emmanuel Macron"]?.kind == .person, "\(a.keys.sorted())")
    }
}
