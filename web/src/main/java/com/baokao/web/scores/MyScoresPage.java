package com.baokao.web.scores;

import com.baokao.score.ScoreQueries;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** candidate/scores.xhtml: the candidate's sittings with their released scores, and the validity of every result. */
@Named
@RequestScoped
public class MyScoresPage {

    @EJB
    ScoreQueries scores;

    private ScoreQueries.MyScores mine;

    @PostConstruct
    void load() {
        mine = scores.mine();
    }

    public ScoreQueries.MyScores getMine() {
        return mine;
    }
}
