package org.sathach.round;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a person types into an application: the facts, and for a candidate the committee registers,
 * the account to create. A page edits it; {@link Applications} checks it and copies it into an
 * {@link Application}.
 */
public class ApplicationForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long postId;
  private String username;
  private String email;
  private String fullName;
  private LocalDate birthDate;
  private Gender gender;
  private String currentPosition;
  private PoliticalTheoryLevel theory = PoliticalTheoryLevel.NONE;
  private StateManagementLevel stateManagement = StateManagementLevel.NONE;
  private Degree degree = Degree.BACHELOR;
  private LocalDate atLevelBelowSince;
  private boolean underDiscipline;
  private Map<Integer, PerformanceRating> ratings = new LinkedHashMap<>();

  /** A form for the round's rated years (the years before the appointment year), newest first. */
  public static ApplicationForm forRound(SelectionRound round, int ratedYears) {
    ApplicationForm form = new ApplicationForm();
    int last = round.getAppointmentDate().getYear() - 1;
    for (int year = last; year > last - Math.max(ratedYears, 1); year--) {
      form.ratings.put(year, null);
    }
    return form;
  }

  /** A form holding an application's facts, for editing. */
  public static ApplicationForm of(Application a) {
    ApplicationForm form = forRound(a.getRound(), a.getPost().getRatedYears());
    form.postId = a.getPost().getId();
    form.username = a.getCandidate().getUsername();
    form.email = a.getCandidate().getEmail();
    form.fullName = a.getFullName();
    form.birthDate = a.getBirthDate();
    form.gender = a.getGender();
    form.currentPosition = a.getCurrentPosition();
    form.theory = a.getTheory();
    form.stateManagement = a.getStateManagement();
    form.degree = a.getDegree();
    form.atLevelBelowSince = a.getAtLevelBelowSince();
    form.underDiscipline = a.isUnderDiscipline();
    form.ratings.putAll(a.getRatings());
    return form;
  }

  void copyTo(Application a) {
    a.setFullName(fullName.strip());
    a.setBirthDate(birthDate);
    a.setGender(gender);
    a.setCurrentPosition(currentPosition == null ? null : currentPosition.strip());
    a.setTheory(theory);
    a.setStateManagement(stateManagement);
    a.setDegree(degree);
    a.setAtLevelBelowSince(atLevelBelowSince);
    a.setUnderDiscipline(underDiscipline);
    a.getRatings().clear();
    ratings.forEach(
        (year, rating) -> {
          if (rating != null) {
            a.getRatings().put(year, rating);
          }
        });
  }

  /** The facts as typed, when complete enough to be judged; empty otherwise. */
  public java.util.Optional<ApplicantFacts> facts() {
    if (birthDate == null
        || gender == null
        || theory == null
        || stateManagement == null
        || degree == null) {
      return java.util.Optional.empty();
    }
    Map<java.time.Year, PerformanceRating> byYear = new java.util.HashMap<>();
    ratings.forEach(
        (year, rating) -> {
          if (rating != null) {
            byYear.put(java.time.Year.of(year), rating);
          }
        });
    return java.util.Optional.of(
        new ApplicantFacts(
            birthDate,
            gender,
            theory,
            stateManagement,
            degree,
            atLevelBelowSince,
            byYear,
            underDiscipline));
  }

  /** The rated years, newest first, for the page to list one select per year. */
  public java.util.List<Integer> getRatingYears() {
    return ratings.keySet().stream().sorted(java.util.Comparator.reverseOrder()).toList();
  }

  public Long getPostId() {
    return postId;
  }

  public void setPostId(Long postId) {
    this.postId = postId;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public Gender getGender() {
    return gender;
  }

  public void setGender(Gender gender) {
    this.gender = gender;
  }

  public String getCurrentPosition() {
    return currentPosition;
  }

  public void setCurrentPosition(String currentPosition) {
    this.currentPosition = currentPosition;
  }

  public PoliticalTheoryLevel getTheory() {
    return theory;
  }

  public void setTheory(PoliticalTheoryLevel theory) {
    this.theory = theory;
  }

  public StateManagementLevel getStateManagement() {
    return stateManagement;
  }

  public void setStateManagement(StateManagementLevel stateManagement) {
    this.stateManagement = stateManagement;
  }

  public Degree getDegree() {
    return degree;
  }

  public void setDegree(Degree degree) {
    this.degree = degree;
  }

  public LocalDate getAtLevelBelowSince() {
    return atLevelBelowSince;
  }

  public void setAtLevelBelowSince(LocalDate atLevelBelowSince) {
    this.atLevelBelowSince = atLevelBelowSince;
  }

  public boolean isUnderDiscipline() {
    return underDiscipline;
  }

  public void setUnderDiscipline(boolean underDiscipline) {
    this.underDiscipline = underDiscipline;
  }

  /** The rating per year; a page binds {@code ratings[year]}. */
  public Map<Integer, PerformanceRating> getRatings() {
    return ratings;
  }
}
